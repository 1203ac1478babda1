package nl.klantpunten.dynamodb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.ledger.Balance;
import nl.klantpunten.core.page.Page;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.segment.Segment;
import nl.klantpunten.core.segment.SegmentMember;
import nl.klantpunten.core.store.SegmentQuery;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Segments without a table scan (see docs/data-model.md, "Segments").
 *
 * <p>By balance: gsi2 indexes every BALANCE item under {@code P#<p>#BAL#<shard>} (8 shards by customer) with its
 * numeric {@code points} as sort key, so a range is {@code points BETWEEN :min AND :max} per shard. Shards are read
 * one after the other (shard 0 in full, then shard 1, …), each in balance order; a page stops after {@code limit}
 * members. The cursor is {@code <shard>:<points>:<customerId>} of the last member returned, from which the index
 * key to continue from is rebuilt inside the caller's own program, so a cursor cannot lead into another tenant.
 * Cost: one Query per shard touched plus follow-ups for long pages; about 1 read unit per 4 KB read, and index items
 * are small (keys, customerId, lifetimeEarned), so a page of 100 costs a few read units.
 *
 * <p>By badge: the badge evaluation keeps one row per holder, {@code P#<p>#BADGE#<badgeId>#<shard> / <customerId>};
 * the shards are read the same way (cursor {@code <shard>:<customerId>}) and the holders' balances are fetched with
 * one BatchGetItem per page, which also applies a balance range when both criteria are given.
 */
final class DynamoSegmentQuery implements SegmentQuery {
  private static final Pattern BALANCE_CURSOR = Pattern.compile("([0-7]):(-?[0-9]{1,19}):([^#]+)");
  private static final Pattern BADGE_CURSOR = Pattern.compile("([0-7]):([^#]+)");
  private final DynamoDbClient dynamo;
  private final String table;
  private final DynamoPanelStore batch;

  DynamoSegmentQuery(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
    this.batch = new DynamoPanelStore(dynamo, table);
  }

  @Override
  public Page<SegmentMember> members(ProgramId program, Segment segment, int limit, String cursor) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
    }
    return segment.badge() == null
        ? byBalance(program, segment, limit, cursor)
        : byBadge(program, segment, limit, cursor);
  }

  private record Found(int shard, SegmentMember member) {}

  private Page<SegmentMember> byBalance(ProgramId program, Segment segment, int limit, String cursor) {
    String position = Cursor.decode(cursor, sk -> BALANCE_CURSOR.matcher(sk).matches());
    int firstShard = 0;
    Map<String, AttributeValue> resume = null;
    if (position != null) {
      Matcher m = BALANCE_CURSOR.matcher(position);
      m.matches();
      firstShard = Integer.parseInt(m.group(1));
      CustomerId after = customerIdOf(m.group(3));
      resume = new HashMap<>(Keys.key(Keys.customer(program, after), Keys.BALANCE_SK));
      resume.put(Keys.GSI2_PK, Item.str(Keys.balanceShard(program, firstShard)));
      resume.put(Keys.GSI2_SK, AttributeValue.fromN(m.group(2)));
    }
    List<Found> found = new ArrayList<>();
    for (int shard = firstShard; shard < Keys.ENTRY_SHARDS && found.size() <= limit; shard++) {
      Map<String, AttributeValue> startKey = shard == firstShard ? resume : null;
      do {
        Map<String, AttributeValue> exclusiveStart = startKey;
        int want = limit + 1 - found.size();
        String pk = Keys.balanceShard(program, shard);
        QueryResponse page = dynamo.query(b -> b.tableName(table).indexName(TableSchema.GSI2)
            .keyConditionExpression("#pk = :pk AND #points BETWEEN :min AND :max")
            .expressionAttributeNames(Map.of("#pk", Keys.GSI2_PK, "#points", Keys.GSI2_SK))
            .expressionAttributeValues(Map.of(":pk", Item.str(pk), ":min", Item.num(segment.lowest()),
                ":max", Item.num(segment.highest())))
            .limit(want)
            .exclusiveStartKey(exclusiveStart));
        for (Map<String, AttributeValue> row : page.items()) {
          Item item = Item.of(row);
          found.add(new Found(shard, new SegmentMember(new CustomerId(item.s("customerId")), item.n(Keys.GSI2_SK),
              item.n("lifetimeEarned"))));
        }
        startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
      } while (startKey != null && found.size() <= limit);
    }
    return pageOf(found, limit, f -> f.shard() + ":" + f.member().balance() + ":" + f.member().customerId().value());
  }

  private Page<SegmentMember> byBadge(ProgramId program, Segment segment, int limit, String cursor) {
    String position = Cursor.decode(cursor, sk -> BADGE_CURSOR.matcher(sk).matches());
    int firstShard = 0;
    String resumeAfter = null;
    if (position != null) {
      Matcher m = BADGE_CURSOR.matcher(position);
      m.matches();
      firstShard = Integer.parseInt(m.group(1));
      resumeAfter = customerIdOf(m.group(2)).value();
    }
    String badgeId = segment.badge().value();
    List<Found> found = new ArrayList<>();
    for (int shard = firstShard; shard < Keys.ENTRY_SHARDS && found.size() <= limit; shard++) {
      String pk = Keys.badgeHolders(program, badgeId, shard);
      Map<String, AttributeValue> startKey = shard == firstShard && resumeAfter != null
          ? Keys.key(pk, resumeAfter) : null;
      do {
        Map<String, AttributeValue> exclusiveStart = startKey;
        int want = Math.min(DynamoPanelStore.MAX_BATCH, limit + 1 - found.size());
        QueryResponse page = dynamo.query(b -> b.tableName(table)
            .keyConditionExpression("pk = :pk")
            .expressionAttributeValues(Map.of(":pk", Item.str(pk)))
            .limit(want)
            .exclusiveStartKey(exclusiveStart));
        List<CustomerId> holders = page.items().stream().map(row -> new CustomerId(Item.of(row).s(Keys.SK))).toList();
        Map<CustomerId, Balance> balances = batch.balances(program, holders);
        for (CustomerId holder : holders) {
          Balance balance = balances.get(holder);
          if (balance != null && segment.admits(balance.points())) {
            found.add(new Found(shard, new SegmentMember(holder, balance.points(), balance.lifetimeEarned())));
          }
        }
        startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
      } while (startKey != null && found.size() <= limit);
    }
    return pageOf(found, limit, f -> f.shard() + ":" + f.member().customerId().value());
  }

  private static Page<SegmentMember> pageOf(List<Found> found, int limit,
      Function<Found, String> position) {
    List<SegmentMember> members = found.stream().limit(limit).map(Found::member).toList();
    String next = found.size() > limit ? Cursor.encode(position.apply(found.get(limit - 1))) : null;
    return new Page<>(members, next);
  }

  private static CustomerId customerIdOf(String text) {
    try {
      return new CustomerId(text);
    } catch (RuntimeException e) {
      throw ValidationException.of("cursor", "format",
          "not a cursor this API returned; start without one");
    }
  }
}
