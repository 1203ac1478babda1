package nl.klantpunten.dynamodb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import nl.klantpunten.core.customer.Customer;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.id.Ids;
import nl.klantpunten.core.ledger.Balance;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.ledger.ProgramEntryQuery;
import nl.klantpunten.core.page.Page;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.PanelStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The vendor panel's program-wide reads.
 *
 * <p>Balances and profiles of a page of customers: one BatchGetItem of their {@code BALANCE} or {@code PROFILE}
 * items (at most 100 keys, the batch limit), repeated only for keys DynamoDB leaves unprocessed.
 *
 * <p>A card code leads to its holder through the customer store's claim item {@code P#<p>#CARD#<code>}.
 *
 * <p>All transactions of a program: entries are indexed on gsi1 under {@code P#<p>#TX#<shard>} (8 shards by
 * customer) with the time-ordered entry id as sort key. A page queries every shard newest first for up to
 * {@code limit + 1} matching entries older than the cursor, merges them by entry id and keeps the newest
 * {@code limit}: the global newest {@code limit} can hold at most {@code limit} of any one shard, so the merge is
 * exact, and a further page exists exactly when more than {@code limit} matched. The cursor is the last entry id
 * returned. A customer filter needs only that customer's shard. Reason, customer and points range are filters,
 * so a narrow filter reads more than it returns; the report (docs/reports.md) shares this walk.
 */
final class DynamoPanelStore implements PanelStore {
  static final int MAX_BATCH = 100;
  private static final Pattern ENTRY_ID = Pattern.compile("tx_[0-9A-Z]{26}");
  private final DynamoDbClient dynamo;
  private final String table;

  DynamoPanelStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public Map<CustomerId, Balance> balances(ProgramId program, Collection<CustomerId> customers) {
    return batchGet(program, customers, Keys.BALANCE_SK, item -> {
      Item i = Item.of(item);
      return new Balance(new CustomerId(i.s("customerId")), i.n("points"), i.n("lifetimeEarned"), i.n("version"),
          i.instant("updatedAt"));
    }, Balance::customerId);
  }

  @Override
  public Map<CustomerId, Customer> profiles(ProgramId program, Collection<CustomerId> customers) {
    return batchGet(program, customers, Keys.PROFILE_SK, CustomerItems::fromItem, Customer::id);
  }

  private <T> Map<CustomerId, T> batchGet(ProgramId program, Collection<CustomerId> customers, String sk,
      Function<Map<String, AttributeValue>, T> read, Function<T, CustomerId> idOf) {
    LinkedHashSet<CustomerId> distinct = new LinkedHashSet<>(customers);
    if (distinct.size() > MAX_BATCH) {
      throw new IllegalArgumentException("at most " + MAX_BATCH + " customers per batch");
    }
    Map<CustomerId, T> found = new HashMap<>();
    if (distinct.isEmpty()) {
      return found;
    }
    List<Map<String, AttributeValue>> keys = distinct.stream()
        .map(c -> Keys.key(Keys.customer(program, c), sk)).toList();
    Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder().keys(keys).build());
    for (int round = 0; !request.isEmpty(); round++) {
      Map<String, KeysAndAttributes> pending = request;
      BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(pending));
      response.responses().getOrDefault(table, List.of()).forEach(item -> {
        T value = read.apply(item);
        found.put(idOf.apply(value), value);
      });
      request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
      if (!request.isEmpty()) {
        pause(round);
      }
    }
    return found;
  }

  @Override
  public Optional<CustomerId> cardHolder(ProgramId program, String cardCode) {
    var response = dynamo.getItem(b -> b.tableName(table)
        .key(Keys.key(Keys.card(program, cardCode), Keys.CARD_SK)));
    if (!response.hasItem() || response.item().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CustomerId(Item.of(response.item()).s("customerId")));
  }

  @Override
  public Page<LedgerEntry> programEntries(ProgramId program, ProgramEntryQuery query) {
    String lower = query.from() == null ? "tx_" : "tx_" + Ids.lowest(query.from().toEpochMilli());
    String upper = query.to() == null ? "tx_~" : "tx_" + Ids.highest(query.to().toEpochMilli());
    String cursorId = Cursor.decode(query.cursor(), id -> ENTRY_ID.matcher(id).matches());
    if (cursorId != null) {
      String belowCursor = justBelow(cursorId);
      upper = belowCursor.compareTo(upper) < 0 ? belowCursor : upper;
    }
    List<LedgerEntry> merged = new ArrayList<>();
    if (upper.compareTo(lower) >= 0) {
      List<Integer> shards = query.customer() == null
          ? IntStream.range(0, Keys.ENTRY_SHARDS).boxed().toList()
          : List.of(Keys.entryShard(query.customer()));
      for (int shard : shards) {
        merged.addAll(newestOfShard(program, shard, lower, upper, query));
      }
    }
    merged.sort(Comparator.comparing(LedgerEntry::id).reversed());
    if (merged.size() > query.limit()) {
      List<LedgerEntry> page = merged.subList(0, query.limit());
      return new Page<>(page, Cursor.encode(page.get(page.size() - 1).id()));
    }
    return new Page<>(merged, null);
  }

  /** Up to {@code limit + 1} matching entries of one shard between the bounds, newest first. */
  private List<LedgerEntry> newestOfShard(ProgramId program, int shard, String lower, String upper,
      ProgramEntryQuery query) {
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":pk", Item.str(Keys.programEntries(program, shard)));
    values.put(":lower", Item.str(lower));
    values.put(":upper", Item.str(upper));
    List<String> filters = new ArrayList<>(List.of("attribute_not_exists(deletedAt)"));
    if (query.reason() != null) {
      filters.add("reason = :reason");
      values.put(":reason", Item.str(query.reason().name()));
    }
    if (query.customer() != null) {
      filters.add("customerId = :customer");
      values.put(":customer", Item.str(query.customer().value()));
    }
    if (query.minPoints() != null) {
      filters.add("points >= :minPoints");
      values.put(":minPoints", Item.num(query.minPoints()));
    }
    if (query.maxPoints() != null) {
      filters.add("points <= :maxPoints");
      values.put(":maxPoints", Item.num(query.maxPoints()));
    }
    List<LedgerEntry> found = new ArrayList<>();
    Map<String, AttributeValue> startKey = null;
    do {
      QueryResponse page = dynamo.query(QueryRequest.builder().tableName(table).indexName(TableSchema.GSI1)
          .keyConditionExpression("gsi1pk = :pk AND gsi1sk BETWEEN :lower AND :upper")
          .filterExpression(String.join(" AND ", filters))
          .expressionAttributeValues(values)
          .scanIndexForward(false)
          .limit(query.limit() + 1)
          .exclusiveStartKey(startKey)
          .build());
      page.items().forEach(item -> found.add(EntryItems.fromItem(item)));
      startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
    } while (startKey != null && found.size() <= query.limit());
    return found.size() > query.limit() + 1 ? found.subList(0, query.limit() + 1) : found;
  }

  /**
   * The greatest string below {@code id} among strings of its length: key conditions have no "less than" next to
   * BETWEEN, and every entry id has the same length, so {@code sk <= justBelow(id)} means {@code sk < id}.
   */
  static String justBelow(String id) {
    char last = id.charAt(id.length() - 1);
    return id.substring(0, id.length() - 1) + (char) (last - 1);
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
