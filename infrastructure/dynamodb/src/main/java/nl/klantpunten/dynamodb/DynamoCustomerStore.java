package nl.klantpunten.dynamodb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.klantpunten.core.customer.Customer;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.ConflictException;
import nl.klantpunten.core.error.ContentionException;
import nl.klantpunten.core.page.Page;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.CustomerStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Customer profiles ({@code P#<p>#C#<c> / PROFILE}), their zero balance at creation, their card-code claim
 * ({@code P#<p>#CARD#<code>}) and search rows, all changed in one transaction guarded by the profile's version.
 */
final class DynamoCustomerStore implements CustomerStore {
  private static final int MAX_ATTEMPTS = 5;
  private final DynamoDbClient dynamo;
  private final String table;

  DynamoCustomerStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public Saved save(ProgramId program, CustomerId id, CustomerDetails details, Instant now) {
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      Optional<Customer> existing = read(program, id, true);
      if (existing.isPresent() && unchanged(existing.get(), details)) {
        return new Saved(existing.get(), false);
      }
      Customer next = existing
          .map(c -> new Customer(id, details.email(), details.name(), details.cardCode(), c.createdAt(), now,
              c.version() + 1, details.emailOptIn() == null ? c.emailOptIn() : details.emailOptIn()))
          .orElseGet(() -> new Customer(id, details.email(), details.name(), details.cardCode(), now, now, 1,
              details.emailOptIn() == null || details.emailOptIn()));
      try {
        Transactions.retryOnConflict(() -> dynamo.transactWriteItems(b -> b.transactItems(
            existing.isPresent() ? updateItems(program, existing.get(), next) : createItems(program, next))));
        return new Saved(next, existing.isEmpty());
      } catch (TransactionCanceledException e) {
        if ("ConditionalCheckFailed".equals(Transactions.code(e, 0))) {
          continue; // another writer created or changed the profile since we read it: read again and redo
        }
        if (cardClaimFailed(e)) {
          throw new ConflictException("CARD_CODE_TAKEN", "cardCode",
              "card code " + details.cardCode() + " belongs to another customer of this program");
        }
        throw e;
      }
    }
    throw new ContentionException("the customer changed while saving it; retry", null);
  }

  private static boolean unchanged(Customer c, CustomerDetails d) {
    return Objects.equals(c.email(), d.email()) && Objects.equals(c.name(), d.name())
        && Objects.equals(c.cardCode(), d.cardCode())
        && (d.emailOptIn() == null || d.emailOptIn() == c.emailOptIn());
  }

  /** Profile first (index 0), then balance, card claim and search rows. */
  private List<TransactWriteItem> createItems(ProgramId program, Customer c) {
    List<TransactWriteItem> items = new ArrayList<>();
    items.add(put(CustomerItems.profile(program, c), "attribute_not_exists(pk)", Map.of()));
    items.add(put(Item.builder(Keys.customer(program, c.id()), Keys.BALANCE_SK, "BALANCE")
        .s("programId", program.value())
        .s("customerId", c.id().value())
        .s(Keys.GSI2_PK, Keys.balanceShard(program, Keys.entryShard(c.id())))
        .n("points", 0).n("lifetimeEarned", 0).n("version", 0)
        .instant("updatedAt", c.createdAt())
        .build(), "attribute_not_exists(pk)", Map.of()));
    if (c.cardCode() != null) {
      items.add(cardClaim(program, c));
    }
    SearchRows.rows(program, c).forEach(row -> items.add(put(row, null, Map.of())));
    return items;
  }

  private List<TransactWriteItem> updateItems(ProgramId program, Customer old, Customer c) {
    List<TransactWriteItem> items = new ArrayList<>();
    items.add(put(CustomerItems.profile(program, c), "version = :version",
        Map.of(":version", Item.num(old.version()))));
    if (!Objects.equals(old.cardCode(), c.cardCode())) {
      if (c.cardCode() != null) {
        items.add(cardClaim(program, c));
      }
      if (old.cardCode() != null) {
        items.add(TransactWriteItem.builder().delete(d -> d.tableName(table)
            .key(Keys.key(Keys.card(program, old.cardCode()), Keys.CARD_SK))).build());
      }
    }
    Set<String> newKeys = SearchRows.sortKeys(c).keySet();
    SearchRows.sortKeys(old).keySet().stream().filter(sk -> !newKeys.contains(sk)).forEach(sk ->
        items.add(TransactWriteItem.builder().delete(d -> d.tableName(table)
            .key(Keys.key(Keys.searchPartition(program), sk))).build()));
    SearchRows.rows(program, c).forEach(row -> items.add(put(row, null, Map.of())));
    return items;
  }

  private TransactWriteItem cardClaim(ProgramId program, Customer c) {
    return put(Item.builder(Keys.card(program, c.cardCode()), Keys.CARD_SK, "CARD")
            .s("programId", program.value()).s("customerId", c.id().value()).s("cardCode", c.cardCode()).build(),
        "attribute_not_exists(pk) OR customerId = :customer", Map.of(":customer", Item.str(c.id().value())));
  }

  private static boolean cardClaimFailed(TransactionCanceledException e) {
    var reasons = e.cancellationReasons();
    for (int i = 1; i < reasons.size(); i++) {
      if ("ConditionalCheckFailed".equals(reasons.get(i).code())) {
        return true; // the profile (index 0) passed; of the rest only the card claim can fail here
      }
    }
    return false;
  }

  private TransactWriteItem put(Map<String, AttributeValue> item, String condition,
      Map<String, AttributeValue> values) {
    return TransactWriteItem.builder().put(p -> {
      p.tableName(table).item(item);
      if (condition != null) {
        p.conditionExpression(condition);
      }
      if (!values.isEmpty()) {
        p.expressionAttributeValues(values);
      }
    }).build();
  }

  @Override
  public Optional<Customer> find(ProgramId program, CustomerId id) {
    return read(program, id, false);
  }

  private Optional<Customer> read(ProgramId program, CustomerId id, boolean consistent) {
    var response = dynamo.getItem(b -> b.tableName(table).consistentRead(consistent)
        .key(Keys.key(Keys.customer(program, id), Keys.PROFILE_SK)));
    return response.hasItem() && !response.item().isEmpty()
        ? Optional.of(CustomerItems.fromItem(response.item()))
        : Optional.empty();
  }

  @Override
  public Page<Customer> search(ProgramId program, String query, int limit, String cursor) {
    return scanRows(program, query, limit, cursor, row -> SearchRows.isFirstMatch(row, query));
  }

  @Override
  public Page<Customer> list(ProgramId program, int limit, String cursor) {
    return scanRows(program, SearchRows.LIST_PREFIX, limit, cursor, row -> true);
  }

  /** Reads rows whose sort key starts with {@code prefix}, keeps those {@code shown} accepts, pages by sort key. */
  private Page<Customer> scanRows(ProgramId program, String prefix, int limit, String cursor,
      Predicate<Map<String, AttributeValue>> shown) {
    String afterSk = Cursor.decode(cursor, sk -> sk.startsWith(prefix));
    String pk = Keys.searchPartition(program);
    List<Map<String, AttributeValue>> found = new ArrayList<>();
    Map<String, AttributeValue> startKey = afterSk == null ? null : Keys.key(pk, afterSk);
    do {
      Map<String, AttributeValue> exclusiveStart = startKey;
      QueryResponse page = dynamo.query(b -> b.tableName(table)
          .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
          .expressionAttributeValues(Map.of(":pk", Item.str(pk), ":prefix", Item.str(prefix)))
          .limit(limit + 1)
          .exclusiveStartKey(exclusiveStart));
      page.items().stream().filter(shown).forEach(found::add);
      startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
    } while (startKey != null && found.size() <= limit);
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < Math.min(limit, found.size()); i++) {
      customers.add(CustomerItems.fromItem(found.get(i)));
    }
    String next = found.size() > limit ? Cursor.encode(Item.of(found.get(limit - 1)).s(Keys.SK)) : null;
    return new Page<>(customers, next);
  }
}
