package nl.klantpunten.dynamodb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.klantpunten.core.badge.Badge;
import nl.klantpunten.core.badge.BadgeEvaluation;
import nl.klantpunten.core.badge.BadgeId;
import nl.klantpunten.core.badge.BadgeState;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.outbox.OutboxMessage;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.BadgeStateStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * A customer's evaluated badges ({@code P#<p>#C#<c> / BADGES}): {@code seenVersion}, {@code seenPoints}, {@code
 * measure}, {@code held} (list of ids), {@code firstUnlocked} (id → instant), {@code evaluatedAt}. One transaction
 * writes the state (conditioned on the version read and on being newer), puts a holder row per badge gained, deletes
 * the holder row of each badge lost, and puts the outbox items; so a stale evaluation writes nothing at all.
 */
final class DynamoBadgeStateStore implements BadgeStateStore {
  private final DynamoDbClient dynamo;
  private final String table;

  DynamoBadgeStateStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public Optional<BadgeState> find(ProgramId program, CustomerId customer) {
    var response = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
        .key(Keys.key(Keys.customer(program, customer), Keys.BADGES_SK)));
    if (!response.hasItem() || response.item().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(fromItem(response.item()));
  }

  static BadgeState fromItem(Map<String, AttributeValue> row) {
    Item item = Item.of(row);
    Set<BadgeId> held = new LinkedHashSet<>();
    if (row.containsKey("held") && row.get("held").hasL()) {
      row.get("held").l().forEach(v -> held.add(new BadgeId(v.s())));
    }
    Map<BadgeId, Instant> first = new HashMap<>();
    if (row.containsKey("firstUnlocked") && row.get("firstUnlocked").hasM()) {
      row.get("firstUnlocked").m().forEach((k, v) -> first.put(new BadgeId(k), Instant.parse(v.s())));
    }
    return new BadgeState(item.n("seenVersion"), item.n("seenPoints"), item.n("measure"), held, first,
        item.instant("evaluatedAt"));
  }

  @Override
  public boolean record(ProgramId program, CustomerId customer, Long expectedSeenVersion,
      BadgeEvaluation.Outcome outcome) {
    BadgeState next = outcome.next();
    List<TransactWriteItem> items = new ArrayList<>();
    items.add(statePut(program, customer, next, expectedSeenVersion));
    int shard = Keys.entryShard(customer);
    for (Badge gained : outcome.unlocked()) {
      Map<String, AttributeValue> holder = Item.builder(
              Keys.badgeHolders(program, gained.id().value(), shard), customer.value(), "BADGE_HOLDER")
          .s("programId", program.value())
          .s("customerId", customer.value())
          .s("badgeId", gained.id().value())
          .instant("since", next.evaluatedAt())
          .build();
      items.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(holder)).build());
    }
    for (BadgeId lost : outcome.lost()) {
      items.add(TransactWriteItem.builder().delete(d -> d.tableName(table)
          .key(Keys.key(Keys.badgeHolders(program, lost.value(), shard), customer.value()))).build());
    }
    for (OutboxMessage message : outcome.messages()) {
      items.add(OutboxItems.put(table, program, customer, message, next.evaluatedAt()));
    }
    try {
      Transactions.retryOnConflict(() -> dynamo.transactWriteItems(b -> b.transactItems(items)));
      return true;
    } catch (TransactionCanceledException e) {
      if (e.hasCancellationReasons() && e.cancellationReasons().stream()
          .anyMatch(r -> "ConditionalCheckFailed".equals(r.code()))) {
        return false;
      }
      throw e;
    }
  }

  private TransactWriteItem statePut(ProgramId program, CustomerId customer, BadgeState s, Long expected) {
    Map<String, AttributeValue> item = new HashMap<>(
        Item.builder(Keys.customer(program, customer), Keys.BADGES_SK, "BADGE_STATE")
            .s("programId", program.value())
            .s("customerId", customer.value())
            .n("seenVersion", s.seenVersion())
            .n("seenPoints", s.seenPoints())
            .n("measure", s.measure())
            .instant("evaluatedAt", s.evaluatedAt())
            .build());
    item.put("held", AttributeValue.fromL(s.held().stream().map(id -> Item.str(id.value())).toList()));
    Map<String, AttributeValue> first = new HashMap<>();
    s.firstUnlocked().forEach((id, at) -> first.put(id.value(), Item.str(at.toString())));
    item.put("firstUnlocked", AttributeValue.fromM(first));
    Map<String, AttributeValue> values = new HashMap<>();
    String condition;
    if (expected == null) {
      condition = "attribute_not_exists(pk)";
    } else {
      condition = "seenVersion = :expected AND seenVersion < :seen";
      values.put(":expected", Item.num(expected));
      values.put(":seen", Item.num(s.seenVersion()));
    }
    return TransactWriteItem.builder().put(p -> {
      p.tableName(table).item(item).conditionExpression(condition);
      if (!values.isEmpty()) {
        p.expressionAttributeValues(values);
      }
    }).build();
  }
}
