package nl.klantpunten.dynamodb;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.klantpunten.core.badge.BadgeId;
import nl.klantpunten.core.gift.Cadence;
import nl.klantpunten.core.gift.GiftId;
import nl.klantpunten.core.gift.GiftPlan;
import nl.klantpunten.core.gift.GiftRunState;
import nl.klantpunten.core.ledger.IdempotencyKey;
import nl.klantpunten.core.page.Page;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.segment.Segment;
import nl.klantpunten.core.store.GiftStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Gift plans and their runs (see docs/reports.md, "Periodic gifts"):
 * <ul>
 *   <li>{@code P#<p> / GIFT#<giftId>}: the plan; while active it also carries {@code gsi1pk = GIFTPLANS},
 *       {@code gsi1sk = <programId>#<giftId>}, the schedule's list of active plans (sparse: inactive plans drop
 *       out). This is the one index partition shared by all programs; it holds pointers only and only the gift
 *       run reads it, so no API caller can reach another program through it;</li>
 *   <li>{@code P#<p>#GIFT#<giftId> / RUN#<period>}: the run state of a period, expiring after a year.</li>
 * </ul>
 */
final class DynamoGiftStore implements GiftStore {
  static final String ACTIVE_PLANS = "GIFTPLANS";
  static final Duration RUN_STATE_TTL = Duration.ofDays(400);
  private static final String PLAN_PREFIX = "GIFT#";
  private static final Pattern ACTIVE_CURSOR = Pattern.compile("[a-z0-9_]+#[A-Za-z0-9._-]{1,64}");
  private final DynamoDbClient dynamo;
  private final String table;

  DynamoGiftStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public void save(ProgramId program, GiftPlan plan) {
    Item.Builder item = Item.builder(Keys.program(program), PLAN_PREFIX + plan.id().value(), "GIFT_PLAN")
        .s("programId", program.value())
        .s("giftId", plan.id().value())
        .n("points", plan.points())
        .s("description", plan.description())
        .instant("createdAt", plan.createdAt())
        .instant("updatedAt", plan.updatedAt());
    if (plan.active()) {
      item.s("gsi1pk", ACTIVE_PLANS).s("gsi1sk", program.value() + "#" + plan.id().value());
    }
    Map<String, AttributeValue> values = new HashMap<>(item.build());
    values.put("active", AttributeValue.fromBool(plan.active()));
    values.put("cadence", AttributeValue.fromM(cadence(plan.cadence())));
    values.put("segment", AttributeValue.fromM(segment(plan.segment())));
    dynamo.putItem(b -> b.tableName(table).item(values));
  }

  private static Map<String, AttributeValue> cadence(Cadence c) {
    Map<String, AttributeValue> m = new HashMap<>();
    m.put("type", Item.str(c.type()));
    if (c instanceof Cadence.Weekly w) {
      m.put("day", Item.str(w.day().name()));
    } else if (c instanceof Cadence.Monthly mo) {
      m.put("day", Item.num(mo.day()));
    } else if (c instanceof Cadence.Yearly y) {
      m.put("month", Item.num(y.month().getValue()));
      m.put("day", Item.num(y.day()));
    }
    return m;
  }

  private static Map<String, AttributeValue> segment(Segment s) {
    Map<String, AttributeValue> m = new HashMap<>();
    if (s.minBalance() != null) {
      m.put("minBalance", Item.num(s.minBalance()));
    }
    if (s.maxBalance() != null) {
      m.put("maxBalance", Item.num(s.maxBalance()));
    }
    if (s.badge() != null) {
      m.put("badge", Item.str(s.badge().value()));
    }
    return m;
  }

  @Override
  public Optional<GiftPlan> find(ProgramId program, GiftId gift) {
    var response = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
        .key(Keys.key(Keys.program(program), PLAN_PREFIX + gift.value())));
    if (!response.hasItem() || response.item().isEmpty()) {
      return Optional.empty();
    }
    Map<String, AttributeValue> values = response.item();
    Item item = Item.of(values);
    return Optional.of(new GiftPlan(gift, item.n("points"), item.s("description"),
        cadence(values.get("cadence").m()), segment(values.get("segment").m()),
        Boolean.TRUE.equals(values.get("active").bool()), item.instant("createdAt"), item.instant("updatedAt")));
  }

  private static Cadence cadence(Map<String, AttributeValue> m) {
    Item c = Item.of(m);
    return switch (c.s("type")) {
      case "weekly" -> new Cadence.Weekly(DayOfWeek.valueOf(c.s("day")));
      case "monthly" -> new Cadence.Monthly((int) c.n("day"));
      case "yearly" -> new Cadence.Yearly(Month.of((int) c.n("month")), (int) c.n("day"));
      default -> new Cadence.Daily();
    };
  }

  private static Segment segment(Map<String, AttributeValue> m) {
    return new Segment(m.containsKey("minBalance") ? Long.valueOf(m.get("minBalance").n()) : null,
        m.containsKey("maxBalance") ? Long.valueOf(m.get("maxBalance").n()) : null,
        m.containsKey("badge") ? new BadgeId(m.get("badge").s()) : null);
  }

  @Override
  public boolean delete(ProgramId program, GiftId gift) {
    var response = dynamo.deleteItem(b -> b.tableName(table)
        .key(Keys.key(Keys.program(program), PLAN_PREFIX + gift.value()))
        .returnValues(software.amazon.awssdk.services.dynamodb.model.ReturnValue.ALL_OLD));
    return response.hasAttributes() && !response.attributes().isEmpty();
  }

  @Override
  public Page<ActivePlan> activePlans(int limit, String cursor) {
    String after = Cursor.decode(cursor, sk -> ACTIVE_CURSOR.matcher(sk).matches());
    List<ActivePlan> plans = new ArrayList<>();
    Map<String, AttributeValue> start = after == null ? null : Map.of(
        "gsi1pk", Item.str(ACTIVE_PLANS), "gsi1sk", Item.str(after),
        Keys.PK, Item.str("P#" + after.substring(0, after.indexOf('#'))),
        Keys.SK, Item.str(PLAN_PREFIX + after.substring(after.indexOf('#') + 1)));
    QueryResponse page = dynamo.query(q -> q.tableName(table).indexName(TableSchema.GSI1)
        .keyConditionExpression("gsi1pk = :pk")
        .expressionAttributeValues(Map.of(":pk", Item.str(ACTIVE_PLANS)))
        .limit(limit)
        .exclusiveStartKey(start));
    for (Map<String, AttributeValue> item : page.items()) {
      plans.add(new ActivePlan(new ProgramId(item.get("programId").s()), new GiftId(item.get("giftId").s())));
    }
    boolean more = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() && !plans.isEmpty();
    String next = more ? Cursor.encode(page.lastEvaluatedKey().get("gsi1sk").s()) : null;
    return new Page<>(plans, next);
  }

  static String runPartition(ProgramId program, GiftId gift) {
    return Keys.program(program) + "#GIFT#" + gift.value();
  }

  @Override
  public Optional<GiftRunState> runState(ProgramId program, GiftId gift, String period) {
    var response = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
        .key(Keys.key(runPartition(program, gift), "RUN#" + period)));
    if (!response.hasItem() || response.item().isEmpty()) {
      return Optional.empty();
    }
    Item item = Item.of(response.item());
    return Optional.of(new GiftRunState(period, item.s("cursor"), item.n("given"), item.n("walks"),
        item.instant("updatedAt"), item.s("skipped")));
  }

  @Override
  public void saveRunState(ProgramId program, GiftId gift, GiftRunState state) {
    Map<String, AttributeValue> item = Item.builder(runPartition(program, gift), "RUN#" + state.period(), "GIFT_RUN")
        .s("programId", program.value())
        .s("giftId", gift.value())
        .s("period", state.period())
        .s("cursor", state.cursor())
        .n("given", state.given())
        .n("walks", state.walks())
        .instant("updatedAt", state.updatedAt())
        .s("skipped", state.skipped())
        .n(TableSchema.TTL_ATTRIBUTE, state.updatedAt().plus(RUN_STATE_TTL).getEpochSecond())
        .build();
    dynamo.putItem(b -> b.tableName(table).item(item));
  }

  @Override
  public Set<IdempotencyKey> used(ProgramId program, Collection<IdempotencyKey> keys) {
    Map<String, IdempotencyKey> byPk = new HashMap<>();
    keys.forEach(k -> byPk.put(Keys.idempotency(program, k.storageKey()), k));
    Set<IdempotencyKey> used = new HashSet<>();
    List<String> pks = new ArrayList<>(byPk.keySet());
    for (int from = 0; from < pks.size(); from += DynamoPanelStore.MAX_BATCH) {
      List<Map<String, AttributeValue>> batch = pks.subList(from,
          Math.min(pks.size(), from + DynamoPanelStore.MAX_BATCH)).stream().map(pk -> Keys.key(pk, Keys.IDEM_SK)).toList();
      Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder().keys(batch)
          .projectionExpression(Keys.PK).consistentRead(true).build());
      for (int round = 0; !request.isEmpty(); round++) {
        Map<String, KeysAndAttributes> pending = request;
        BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(pending));
        response.responses().getOrDefault(table, List.of())
            .forEach(item -> used.add(byPk.get(item.get(Keys.PK).s())));
        request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
        if (!request.isEmpty()) {
          pause(round);
        }
      }
    }
    return used;
  }

  private static void pause(int round) {
    try {
      Thread.sleep(Math.min(200, 10L << Math.min(round, 4)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading a batch", e);
    }
  }
}
