package nl.klantpunten.dynamodb;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.ConflictException;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.error.UnprocessableException;
import nl.klantpunten.core.id.Ids;
import nl.klantpunten.core.ledger.Balance;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.ChangeOptions;
import nl.klantpunten.core.ledger.EntryQuery;
import nl.klantpunten.core.ledger.IdempotencyKey;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.ledger.Recorded;
import nl.klantpunten.core.outbox.OutboxMessage;
import nl.klantpunten.core.page.Page;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.LedgerStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The ledger. A change is ONE TransactWriteItems request: [idempotency guard put,] entry put, balance update [with a
 * version condition], [outbox puts of the notifications it causes]. The balance update's condition keeps the
 * balance at or above zero; no other item (and no program-wide item) takes part, so changes of different customers
 * never contend. Outbox items live in the customer's own partition, so they commit, or not, together with the entry.
 */
final class DynamoLedgerStore implements LedgerStore {
  static final long API_IDEMPOTENCY_TTL_SECONDS = 30L * 24 * 3600;
  private static final int GUARD = 0;
  private static final Pattern ENTRY_SK = Pattern.compile("TX#tx_[0-9A-Z]{26}");

  private final DynamoDbClient dynamo;
  private final String table;
  private final Clock clock;
  private final Ids ids;

  DynamoLedgerStore(DynamoDbClient dynamo, String table, Clock clock, Ids ids) {
    this.dynamo = dynamo;
    this.table = table;
    this.clock = clock;
    this.ids = ids;
  }

  @Override
  public Recorded record(ProgramId program, BalanceChange change, ChangeOptions options) {
    return Transactions.retryOnConflict(() -> attempt(program, change, options));
  }

  private Recorded attempt(ProgramId program, BalanceChange change, ChangeOptions options) {
    LedgerEntry entry = new LedgerEntry(ids.next("tx_"), change.customerId(), change.points(), change.kind(),
        change.reason(), change.note(), change.sourceRef(), change.actor(), clock.instant(), null, null);
    List<TransactWriteItem> items = new ArrayList<>(4 + options.outbox().size());
    IdempotencyKey idem = change.idempotencyKey();
    if (idem != null) {
      items.add(guardPut(program, idem, entry));
    }
    items.add(TransactWriteItem.builder().put(p -> p.tableName(table)
        .item(EntryItems.toItem(program, entry))
        .conditionExpression("attribute_not_exists(pk)")).build());
    int balanceIndex = items.size();
    items.add(balanceUpdate(program, change.customerId(), change.points(), entry.createdAt(),
        options.expectedVersion()));
    if (change.notice() != null) {
      items.add(OutboxItems.put(table, program, change.customerId(), change.notice().forEntry(entry),
          entry.createdAt()));
    }
    for (OutboxMessage message : options.outbox()) {
      items.add(OutboxItems.put(table, program, change.customerId(), message, entry.createdAt()));
    }
    try {
      dynamo.transactWriteItems(b -> b.transactItems(items).clientRequestToken(entry.id()));
      return new Recorded(entry, false);
    } catch (TransactionCanceledException e) {
      if (idem != null && "ConditionalCheckFailed".equals(Transactions.code(e, GUARD))) {
        return replay(program, idem, e.cancellationReasons().get(GUARD));
      }
      if ("ConditionalCheckFailed".equals(Transactions.code(e, balanceIndex))) {
        throw balanceRefusal(change.customerId(), e.cancellationReasons().get(balanceIndex),
            options.expectedVersion());
      }
      throw e;
    }
  }

  private TransactWriteItem guardPut(ProgramId program, IdempotencyKey idem, LedgerEntry entry) {
    Item.Builder guard = Item.builder(Keys.idempotency(program, idem.storageKey()), Keys.IDEM_SK, "IDEMPOTENCY")
        .s("customerId", entry.customerId().value())
        .s("entryId", entry.id())
        .s("fingerprint", idem.fingerprint())
        .instant("createdAt", entry.createdAt());
    if ("api".equals(idem.scope())) {
      guard.n(TableSchema.TTL_ATTRIBUTE, entry.createdAt().getEpochSecond() + API_IDEMPOTENCY_TTL_SECONDS);
    }
    return TransactWriteItem.builder().put(p -> p.tableName(table).item(guard.build())
        .conditionExpression("attribute_not_exists(pk)")
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
  }

  /** Debits must leave the balance at or above zero; the customer must exist; [the version must be as expected]. */
  private TransactWriteItem balanceUpdate(ProgramId program, CustomerId customer, long delta, Instant at,
      Long expectedVersion) {
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":delta", Item.num(delta));
    values.put(":one", Item.num(1));
    values.put(":at", Item.str(at.toString()));
    StringBuilder update = new StringBuilder("SET points = points + :delta, version = version + :one, updatedAt = :at");
    if (delta > 0) {
      update.append(", lifetimeEarned = lifetimeEarned + :delta");
    } else {
      values.put(":debit", Item.num(-delta));
    }
    String condition = delta > 0 ? "attribute_exists(pk)" : "attribute_exists(pk) AND points >= :debit";
    if (expectedVersion != null) {
      condition += " AND version = :expected";
      values.put(":expected", Item.num(expectedVersion));
    }
    String finalCondition = condition;
    return TransactWriteItem.builder().update(u -> u.tableName(table)
        .key(Keys.key(Keys.customer(program, customer), Keys.BALANCE_SK))
        .updateExpression(update.toString())
        .conditionExpression(finalCondition)
        .expressionAttributeValues(values)
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
  }

  private static RuntimeException balanceRefusal(CustomerId customer, CancellationReason reason,
      Long expectedVersion) {
    if (reason.item() == null || reason.item().isEmpty()) {
      return new NotFoundException("customer", customer.value());
    }
    if (expectedVersion != null && Item.of(reason.item()).n("version") != expectedVersion) {
      return new ConflictException(ChangeOptions.BALANCE_CHANGED, "points",
          "the balance changed since it was read; read it again");
    }
    long current = Item.of(reason.item()).n("points");
    return new ConflictException("INSUFFICIENT_BALANCE", "points",
        "the balance of " + current + " points is too low for this change");
  }

  /** The key was used before: the same request gets the first answer, a different one is refused. */
  private Recorded replay(ProgramId program, IdempotencyKey idem, CancellationReason reason) {
    Item guard = Item.of(reason.item());
    if (!idem.fingerprint().equals(guard.s("fingerprint"))) {
      throw new UnprocessableException("IDEMPOTENCY_KEY_REUSED", "Idempotency-Key",
          "this Idempotency-Key was used for a different request; use a new key for a new request");
    }
    CustomerId customer = new CustomerId(guard.s("customerId"));
    var first = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
        .key(Keys.key(Keys.customer(program, customer), Keys.entrySk(guard.s("entryId")))));
    return new Recorded(EntryItems.fromItem(first.item()), true);
  }

  @Override
  public Optional<Recorded> replay(ProgramId program, IdempotencyKey idem) {
    var guard = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
        .key(Keys.key(Keys.idempotency(program, idem.storageKey()), Keys.IDEM_SK)));
    if (!guard.hasItem() || guard.item().isEmpty()) {
      return Optional.empty();
    }
    CancellationReason asIfRefused = CancellationReason.builder().item(guard.item()).build();
    return Optional.of(replay(program, idem, asIfRefused));
  }

  @Override
  public Optional<Balance> balance(ProgramId program, CustomerId customer) {
    // consistent: a client reading its balance right after a change must see that change
    var response = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
        .key(Keys.key(Keys.customer(program, customer), Keys.BALANCE_SK)));
    if (!response.hasItem() || response.item().isEmpty()) {
      return Optional.empty();
    }
    Item item = Item.of(response.item());
    return Optional.of(new Balance(customer, item.n("points"), item.n("lifetimeEarned"), item.n("version"),
        item.instant("updatedAt")));
  }

  @Override
  public Page<LedgerEntry> entries(ProgramId program, CustomerId customer, EntryQuery query) {
    String lower = Keys.ENTRY_PREFIX + "tx_" + (query.from() == null ? "" : Ids.lowest(query.from().toEpochMilli()));
    String upper = Keys.ENTRY_PREFIX + "tx_" + (query.to() == null ? "~" : Ids.highest(query.to().toEpochMilli()));
    String afterSk = Cursor.decode(query.cursor(), sk -> ENTRY_SK.matcher(sk).matches()
        && sk.compareTo(lower) >= 0 && sk.compareTo(upper) <= 0);
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":pk", Item.str(Keys.customer(program, customer)));
    values.put(":lower", Item.str(lower));
    values.put(":upper", Item.str(upper));
    List<String> filters = new ArrayList<>();
    if (!query.includeDeleted()) {
      filters.add("attribute_not_exists(deletedAt)");
    }
    if (query.reason() != null) {
      filters.add("reason = :reason");
      values.put(":reason", Item.str(query.reason().name()));
    }
    List<LedgerEntry> found = new ArrayList<>();
    Map<String, AttributeValue> startKey =
        afterSk == null ? null : Keys.key(Keys.customer(program, customer), afterSk);
    do {
      QueryRequest.Builder request = QueryRequest.builder().tableName(table)
          .keyConditionExpression("pk = :pk AND sk BETWEEN :lower AND :upper")
          .expressionAttributeValues(values)
          .scanIndexForward(false)
          .limit(query.limit() + 1)
          .exclusiveStartKey(startKey);
      if (!filters.isEmpty()) {
        request.filterExpression(String.join(" AND ", filters));
      }
      QueryResponse page = dynamo.query(request.build());
      page.items().forEach(item -> found.add(EntryItems.fromItem(item)));
      startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
    } while (startKey != null && found.size() <= query.limit());
    if (found.size() > query.limit()) {
      List<LedgerEntry> items = found.subList(0, query.limit());
      return new Page<>(items, Cursor.encode(Keys.entrySk(items.get(items.size() - 1).id())));
    }
    return new Page<>(found, null);
  }

  @Override
  public LedgerEntry delete(ProgramId program, CustomerId customer, String entryId, String actor, Instant at) {
    Map<String, AttributeValue> entryKey = Keys.key(Keys.customer(program, customer), Keys.entrySk(entryId));
    var stored = dynamo.getItem(b -> b.tableName(table).key(entryKey).consistentRead(true));
    if (!stored.hasItem() || stored.item().isEmpty()) {
      throw new NotFoundException("transaction", "entryId", entryId);
    }
    LedgerEntry entry = EntryItems.fromItem(stored.item());
    if (entry.deleted()) {
      throw new ConflictException("ALREADY_DELETED", "entryId", "transaction " + entryId + " was deleted before");
    }
    TransactWriteItem markDeleted = TransactWriteItem.builder().update(u -> u.tableName(table).key(entryKey)
        .updateExpression("SET deletedAt = :at, deletedBy = :by")
        .conditionExpression("attribute_exists(pk) AND attribute_not_exists(deletedAt)")
        .expressionAttributeValues(Map.of(":at", Item.str(at.toString()), ":by", Item.str(actor)))).build();
    TransactWriteItem reverse = reversal(program, customer, entry.points(), at);
    try {
      Transactions.retryOnConflict(() -> dynamo.transactWriteItems(b -> b.transactItems(markDeleted, reverse)));
    } catch (TransactionCanceledException e) {
      if ("ConditionalCheckFailed".equals(Transactions.code(e, 0))) {
        throw new ConflictException("ALREADY_DELETED", "entryId", "transaction " + entryId + " was deleted before");
      }
      if ("ConditionalCheckFailed".equals(Transactions.code(e, 1))) {
        throw new ConflictException("INSUFFICIENT_BALANCE", "entryId",
            "deleting this transaction would take the balance below zero");
      }
      throw e;
    }
    return new LedgerEntry(entry.id(), entry.customerId(), entry.points(), entry.kind(), entry.reason(), entry.note(),
        entry.sourceRef(), entry.actor(), entry.createdAt(), at, actor);
  }

  /** Takes an entry's points back out of the balance (and out of the lifetime total where it had added to it). */
  private TransactWriteItem reversal(ProgramId program, CustomerId customer, long points, Instant at) {
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":points", Item.num(points));
    values.put(":one", Item.num(1));
    values.put(":at", Item.str(at.toString()));
    String update = "SET points = points - :points, version = version + :one, updatedAt = :at"
        + (points > 0 ? ", lifetimeEarned = lifetimeEarned - :points" : "");
    String condition = "attribute_exists(pk)" + (points > 0 ? " AND points >= :points" : "");
    return TransactWriteItem.builder().update(u -> u.tableName(table)
        .key(Keys.key(Keys.customer(program, customer), Keys.BALANCE_SK))
        .updateExpression(update)
        .conditionExpression(condition)
        .expressionAttributeValues(values)).build();
  }
}
