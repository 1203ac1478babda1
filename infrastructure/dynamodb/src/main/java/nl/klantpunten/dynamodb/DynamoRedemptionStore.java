package nl.klantpunten.dynamodb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.ConflictException;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.error.UnprocessableException;
import nl.klantpunten.core.id.Ids;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.IdempotencyKey;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.redemption.Redemption;
import nl.klantpunten.core.redemption.RedemptionStatus;
import nl.klantpunten.core.store.RedemptionStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Redemptions. A reservation is ONE TransactWriteItems: [0] idempotency guard, [1] the redemption (must not exist),
 * [2] the order's claim (must not exist, or be released), [3] the ledger entry (debit), [4] the balance, whose
 * condition {@code points >= :debit AND points >= :minBalance} is what keeps two concurrent reservations from
 * spending the same points. A release or return is ONE TransactWriteItems: [0] the redemption's conditional status
 * change, [1] the credit entry, [2] the balance, ([3] the claim marked released). A commit is one conditional
 * UpdateItem. No program-wide item takes part anywhere.
 */
final class DynamoRedemptionStore implements RedemptionStore {
  static final String IDEMPOTENCY_SCOPE = "checkout";
  private static final String CHECK_FAILED = "ConditionalCheckFailed";
  private static final int GUARD = 0;
  private static final int REDEMPTION = 1;
  private static final int CLAIM = 2;
  private static final int BALANCE = 4;

  private final DynamoDbClient dynamo;
  private final String table;
  private final Ids ids;

  DynamoRedemptionStore(DynamoDbClient dynamo, String table, Ids ids) {
    this.dynamo = dynamo;
    this.table = table;
    this.ids = ids;
  }

  // ---- reserve ------------------------------------------------------------------------------------------------------

  @Override
  public Reserved reserve(ProgramId program, Reservation reservation) {
    return Transactions.retryOnConflict(() -> reserveAttempt(program, reservation));
  }

  private Reserved reserveAttempt(ProgramId program, Reservation res) {
    Redemption proposed = res.redemption();
    LedgerEntry entry = new LedgerEntry(ids.next("tx_"), proposed.customerId(), -proposed.points(),
        EntryKind.RESERVE, Reason.REDEMPTION, res.note(), sourceRef(proposed.id()), res.actor(),
        proposed.createdAt(), null, null);
    Redemption redemption = new Redemption(proposed.id(), proposed.customerId(), proposed.orderRef(),
        proposed.points(), proposed.discount(), RedemptionStatus.RESERVED, proposed.createdAt(), proposed.expiresAt(),
        proposed.updatedAt(), entry.id(), null);
    IdempotencyKey idem = res.idempotencyKey();
    List<TransactWriteItem> items = new ArrayList<>(5);
    items.add(guardPut(program, idem, redemption));
    items.add(TransactWriteItem.builder().put(p -> p.tableName(table)
        .item(RedemptionItems.toItem(program, redemption))
        .conditionExpression("attribute_not_exists(pk)")).build());
    items.add(TransactWriteItem.builder().put(p -> p.tableName(table)
        .item(Item.builder(Keys.redemptionOrder(program, redemption.orderRef()), Keys.CLAIM_SK, "REDEMPTION_CLAIM")
            .s("programId", program.value())
            .s("orderRef", redemption.orderRef())
            .s("redemptionId", redemption.id())
            .s("customerId", redemption.customerId().value())
            .instant("createdAt", redemption.createdAt())
            .build())
        .conditionExpression("attribute_not_exists(pk) OR released = :released")
        .expressionAttributeValues(Map.of(":released", AttributeValue.fromBool(true)))
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build());
    items.add(entryPut(program, entry));
    items.add(TransactWriteItem.builder().update(u -> u.tableName(table)
        .key(Keys.key(Keys.customer(program, redemption.customerId()), Keys.BALANCE_SK))
        .updateExpression("SET points = points - :debit, version = version + :one, updatedAt = :at")
        .conditionExpression("attribute_exists(pk) AND points >= :debit AND points >= :minBalance")
        .expressionAttributeValues(Map.of(":debit", Item.num(redemption.points()), ":one", Item.num(1),
            ":at", Item.str(redemption.createdAt().toString()), ":minBalance", Item.num(res.minBalance())))
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build());
    try {
      dynamo.transactWriteItems(b -> b.transactItems(items).clientRequestToken(entry.id()));
      return new Reserved(redemption, false);
    } catch (TransactionCanceledException e) {
      if (CHECK_FAILED.equals(Transactions.code(e, GUARD))) {
        return replay(program, idem, e.cancellationReasons().get(GUARD));
      }
      if (CHECK_FAILED.equals(Transactions.code(e, CLAIM))) {
        Map<String, AttributeValue> claim = e.cancellationReasons().get(CLAIM).item();
        String holder = claim == null ? "another reservation" : Item.of(claim).s("redemptionId");
        throw new ConflictException("ORDER_ALREADY_RESERVED", "orderRef", "order " + redemption.orderRef()
            + " already holds reservation " + holder + "; cancel it before reserving again");
      }
      if (CHECK_FAILED.equals(Transactions.code(e, BALANCE))) {
        throw balanceRefusal(redemption.customerId(), res.minBalance(), e.cancellationReasons().get(BALANCE));
      }
      throw e;
    }
  }

  private TransactWriteItem guardPut(ProgramId program, IdempotencyKey idem, Redemption redemption) {
    Map<String, AttributeValue> guard = new HashMap<>(
        Item.builder(Keys.idempotency(program, IDEMPOTENCY_SCOPE + ":" + idem.value()), Keys.IDEM_SK, "IDEMPOTENCY")
            .s("redemptionId", redemption.id())
            .s("customerId", redemption.customerId().value())
            .s("fingerprint", idem.fingerprint())
            .instant("createdAt", redemption.createdAt())
            .n(TableSchema.TTL_ATTRIBUTE, redemption.createdAt().getEpochSecond()
                + DynamoLedgerStore.API_IDEMPOTENCY_TTL_SECONDS)
            .build());
    return TransactWriteItem.builder().put(p -> p.tableName(table).item(guard)
        .conditionExpression("attribute_not_exists(pk)")
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
  }

  private Reserved replay(ProgramId program, IdempotencyKey idem, CancellationReason reason) {
    Item guard = Item.of(reason.item());
    if (!idem.fingerprint().equals(guard.s("fingerprint"))) {
      throw new UnprocessableException("IDEMPOTENCY_KEY_REUSED", "Idempotency-Key",
          "this Idempotency-Key was used for a different request; use a new key for a new request");
    }
    Redemption first = find(program, guard.s("redemptionId"))
        .orElseThrow(() -> new IllegalStateException("the guard names a missing redemption"));
    return new Reserved(first, true);
  }

  private static RuntimeException balanceRefusal(CustomerId customer, long minBalance, CancellationReason reason) {
    if (reason.item() == null || reason.item().isEmpty()) {
      return new NotFoundException("customer", customer.value());
    }
    long current = Item.of(reason.item()).n("points");
    if (current < minBalance) {
      return new ConflictException("BELOW_MIN_BALANCE", "customerId",
          "the balance of " + current + " points is below the " + minBalance + " points needed to redeem");
    }
    return new ConflictException("INSUFFICIENT_BALANCE", "points",
        "the balance of " + current + " points is too low for this redemption");
  }

  // ---- reads --------------------------------------------------------------------------------------------------------

  @Override
  public Optional<Redemption> find(ProgramId program, String redemptionId) {
    var response = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
        .key(Keys.key(Keys.redemption(program, redemptionId), Keys.REDEMPTION_SK)));
    return response.hasItem() && !response.item().isEmpty()
        ? Optional.of(RedemptionItems.fromItem(response.item()))
        : Optional.empty();
  }

  @Override
  public Optional<Redemption> findByOrderRef(ProgramId program, String orderRef) {
    var claim = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
        .key(Keys.key(Keys.redemptionOrder(program, orderRef), Keys.CLAIM_SK)));
    if (!claim.hasItem() || claim.item().isEmpty()) {
      return Optional.empty();
    }
    return find(program, Item.of(claim.item()).s("redemptionId"));
  }

  @Override
  public List<Due> dueForRelease(Instant now, int limit) {
    String upper = Keys.reservedSort(now.toEpochMilli(), "~");
    List<Map<String, AttributeValue>> found = new ArrayList<>();
    for (int shard = 0; shard < Keys.RESERVATION_SHARDS; shard++) {
      Map<String, AttributeValue> values = Map.of(":pk", Item.str(Keys.reservedShard(shard)), ":upper",
          Item.str(upper));
      Map<String, AttributeValue> start = null;
      int fromShard = 0;
      do {
        Map<String, AttributeValue> startKey = start;
        QueryResponse page = dynamo.query(q -> q.tableName(table).indexName(TableSchema.GSI1)
            .keyConditionExpression("gsi1pk = :pk AND gsi1sk <= :upper")
            .expressionAttributeValues(values)
            .exclusiveStartKey(startKey)
            .limit(limit));
        found.addAll(page.items());
        fromShard += page.count();
        start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
      } while (start != null && fromShard < limit);
    }
    return found.stream()
        .sorted(Comparator.comparing(item -> item.get("gsi1sk").s()))
        .limit(limit)
        .map(item -> new Due(RedemptionItems.programOf(item), RedemptionItems.fromItem(item)))
        .toList();
  }

  // ---- moves --------------------------------------------------------------------------------------------------------

  @Override
  public Transition commit(ProgramId program, String redemptionId, Instant at) {
    try {
      var response = dynamo.updateItem(u -> u.tableName(table)
          .key(Keys.key(Keys.redemption(program, redemptionId), Keys.REDEMPTION_SK))
          .updateExpression("SET #status = :committed, updatedAt = :at REMOVE gsi1pk, gsi1sk")
          .conditionExpression("#status = :reserved AND expiresAtMs > :now")
          .expressionAttributeNames(Map.of("#status", "status"))
          .expressionAttributeValues(Map.of(":committed", Item.str(RedemptionStatus.COMMITTED.name()),
              ":reserved", Item.str(RedemptionStatus.RESERVED.name()), ":at", Item.str(at.toString()),
              ":now", Item.num(at.toEpochMilli())))
          .returnValues(ReturnValue.ALL_NEW)
          .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
      return new Transition(RedemptionItems.fromItem(response.attributes()), true);
    } catch (ConditionalCheckFailedException e) {
      if (!e.hasItem() || e.item().isEmpty()) {
        throw new NotFoundException("redemption", "redemptionId", redemptionId);
      }
      return new Transition(RedemptionItems.fromItem(e.item()), false);
    }
  }

  @Override
  public Transition release(ProgramId program, Redemption current, boolean onlyIfExpired, String note, String actor,
      Instant at) {
    return credit(program, current, RedemptionStatus.RESERVED, RedemptionStatus.RELEASED, onlyIfExpired, note, actor,
        at);
  }

  @Override
  public Transition giveBack(ProgramId program, Redemption current, String note, String actor, Instant at) {
    return credit(program, current, RedemptionStatus.COMMITTED, RedemptionStatus.RETURNED, false, note, actor, at);
  }

  /** from → to, crediting the redemption's points back in the same transaction. */
  private Transition credit(ProgramId program, Redemption current, RedemptionStatus from, RedemptionStatus to,
      boolean onlyIfExpired, String note, String actor, Instant at) {
    try {
      return Transactions.retryOnConflict(() -> creditAttempt(program, current, from, to, onlyIfExpired, note, actor,
          at));
    } catch (TransactionCanceledException e) {
      if (CHECK_FAILED.equals(Transactions.code(e, 0))) {
        Map<String, AttributeValue> old = e.cancellationReasons().get(0).item();
        if (old == null || old.isEmpty()) {
          throw new NotFoundException("redemption", "redemptionId", current.id());
        }
        return new Transition(RedemptionItems.fromItem(old), false);
      }
      throw e;
    }
  }

  private Transition creditAttempt(ProgramId program, Redemption current, RedemptionStatus from, RedemptionStatus to,
      boolean onlyIfExpired, String note, String actor, Instant at) {
    LedgerEntry entry = new LedgerEntry(ids.next("tx_"), current.customerId(), current.points(), EntryKind.RELEASE,
        Reason.REDEMPTION, note, sourceRef(current.id()), actor, at, null, null);
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":to", Item.str(to.name()));
    values.put(":from", Item.str(from.name()));
    values.put(":at", Item.str(at.toString()));
    values.put(":entry", Item.str(entry.id()));
    String condition = "#status = :from";
    if (onlyIfExpired) {
      condition += " AND expiresAtMs <= :now";
      values.put(":now", Item.num(at.toEpochMilli()));
    }
    String finalCondition = condition;
    List<TransactWriteItem> items = new ArrayList<>(4);
    items.add(TransactWriteItem.builder().update(u -> u.tableName(table)
        .key(Keys.key(Keys.redemption(program, current.id()), Keys.REDEMPTION_SK))
        .updateExpression("SET #status = :to, updatedAt = :at, returnEntryId = :entry REMOVE gsi1pk, gsi1sk")
        .conditionExpression(finalCondition)
        .expressionAttributeNames(Map.of("#status", "status"))
        .expressionAttributeValues(values)
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build());
    items.add(entryPut(program, entry));
    items.add(TransactWriteItem.builder().update(u -> u.tableName(table)
        .key(Keys.key(Keys.customer(program, current.customerId()), Keys.BALANCE_SK))
        .updateExpression("SET points = points + :credit, version = version + :one, updatedAt = :at")
        .conditionExpression("attribute_exists(pk)")
        .expressionAttributeValues(Map.of(":credit", Item.num(current.points()), ":one", Item.num(1),
            ":at", Item.str(at.toString())))).build());
    if (to == RedemptionStatus.RELEASED && current.orderRef() != null) {
      items.add(TransactWriteItem.builder().update(u -> u.tableName(table)
          .key(Keys.key(Keys.redemptionOrder(program, current.orderRef()), Keys.CLAIM_SK))
          .updateExpression("SET released = :released")
          .conditionExpression("redemptionId = :id")
          .expressionAttributeValues(Map.of(":released", AttributeValue.fromBool(true),
              ":id", Item.str(current.id())))).build());
    }
    dynamo.transactWriteItems(b -> b.transactItems(items).clientRequestToken(entry.id()));
    return new Transition(current.withStatus(to, at, entry.id()), true);
  }

  private TransactWriteItem entryPut(ProgramId program, LedgerEntry entry) {
    return TransactWriteItem.builder().put(p -> p.tableName(table).item(EntryItems.toItem(program, entry))
        .conditionExpression("attribute_not_exists(pk)")).build();
  }

  private static String sourceRef(String redemptionId) {
    return "redemption:" + redemptionId;
  }
}
