package nl.klantpunten.dynamodb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.earning.OrderState;
import nl.klantpunten.core.error.ContentionException;
import nl.klantpunten.core.id.Ids;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.settings.NegativeBalancePolicy;
import nl.klantpunten.core.store.OrderLedger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Orders and their points. Every change is ONE TransactWriteItems of at most four items, all of this order or
 * this customer: [0] the order's state item, whose condition is the guard (earning: it must not exist yet; a
 * refund: it must still be at the version the refund was computed from), [1] the ledger entry, [2] the customer's
 * balance, and when earning asks for it [3] the notification outbox item in the customer's partition. A
 * redelivered event fails the guard and writes nothing, the outbox item included.
 *
 * <p>Taking back points under the clamp policy needs no extra read: the first attempt requires {@code points >=
 * :debit}; when that fails, the cancellation returns the balance item as it was (ALL_OLD), and the one retry takes
 * exactly that balance, on the condition that the balance's version is still the one seen. The points that could
 * not be taken are recorded on the entry ({@code shortfall}) and on the order.
 */
final class DynamoOrderLedger implements OrderLedger {
  private static final int ORDER = 0;
  private static final int BALANCE = 2;
  private static final String CHECK_FAILED = "ConditionalCheckFailed";
  private final DynamoDbClient dynamo;
  private final String table;
  private final Ids ids;

  DynamoOrderLedger(DynamoDbClient dynamo, String table, Ids ids) {
    this.dynamo = dynamo;
    this.table = table;
    this.ids = ids;
  }

  @Override
  public Optional<OrderState> find(ProgramId program, String orderKey) {
    var response = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
        .key(Keys.key(Keys.order(program, orderKey), Keys.ORDER_SK)));
    return response.hasItem() && !response.item().isEmpty()
        ? Optional.of(OrderItems.fromItem(response.item()))
        : Optional.empty();
  }

  @Override
  public Settled settle(ProgramId program, String orderKey, CustomerId customer, OrderState.Status status,
      String reason, Instant at) {
    OrderState state = new OrderState(orderKey, status, customer, 0, 0, 0, 0, 0, Set.of(), 0, null, reason, 1, at,
        at);
    try {
      dynamo.putItem(b -> b.tableName(table).item(OrderItems.toItem(program, state))
          .conditionExpression("attribute_not_exists(pk)"));
      return new Settled(state, true);
    } catch (ConditionalCheckFailedException known) {
      return new Settled(find(program, orderKey).orElseThrow(() -> known), false);
    }
  }

  @Override
  public EarnResult earn(ProgramId program, OrderCredit credit) {
    return Transactions.retryOnConflict(() -> earnAttempt(program, credit));
  }

  private EarnResult earnAttempt(ProgramId program, OrderCredit c) {
    LedgerEntry entry = c.points() == 0 ? null : new LedgerEntry(ids.next("tx_"), c.customer(), c.points(),
        EntryKind.EARN, Reason.ORDER, c.note(), sourceRef(c.orderKey()), c.actor(), c.at(), null, null);
    OrderState state = new OrderState(c.orderKey(), OrderState.Status.EARNED, c.customer(), c.points(),
        c.eligibleMinor(), c.totalMinor(), 0, 0, Set.of(), 0, entry == null ? null : entry.id(), null, 1, c.at(),
        c.at());
    List<TransactWriteItem> items = new ArrayList<>(3);
    items.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(OrderItems.toItem(program, state))
        .conditionExpression("attribute_not_exists(pk)")
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build());
    Map<String, AttributeValue> balanceKey = Keys.key(Keys.customer(program, c.customer()), Keys.BALANCE_SK);
    if (entry == null) {
      // nothing to credit, but the customer must exist (or be created) like for any earning order
      items.add(TransactWriteItem.builder().conditionCheck(k -> k.tableName(table).key(balanceKey)
          .conditionExpression("attribute_exists(pk)")).build());
    } else {
      items.add(entryPut(program, entry, 0));
      items.add(TransactWriteItem.builder().update(u -> u.tableName(table).key(balanceKey)
          .updateExpression("SET points = points + :delta, lifetimeEarned = lifetimeEarned + :delta, "
              + "version = version + :one, updatedAt = :at")
          .conditionExpression("attribute_exists(pk)")
          .expressionAttributeValues(Map.of(":delta", Item.num(c.points()), ":one", Item.num(1),
              ":at", Item.str(c.at().toString())))).build());
    }
    int balanceIndex = items.size() - 1;
    if (entry != null && c.notice() != null) {
      items.add(OutboxItems.put(table, program, c.customer(), c.notice().forEntry(entry), c.at()));
    }
    try {
      dynamo.transactWriteItems(b -> b.transactItems(items).clientRequestToken(ids.ulid()));
      return new Earned(state, entry);
    } catch (TransactionCanceledException e) {
      if (CHECK_FAILED.equals(Transactions.code(e, ORDER))) {
        CancellationReason reason = e.cancellationReasons().get(ORDER);
        return new AlreadyKnown(reason.item() == null || reason.item().isEmpty()
            ? find(program, c.orderKey()).orElseThrow(() -> e)
            : OrderItems.fromItem(reason.item()));
      }
      if (CHECK_FAILED.equals(Transactions.code(e, balanceIndex))) {
        return new CustomerMissing();
      }
      throw e;
    }
  }

  @Override
  public ReverseResult reverse(ProgramId program, OrderState current, OrderDebit debit) {
    if (debit.points() == 0) {
      return settleRefundsOnly(program, current, debit);
    }
    boolean clamp = debit.policy() == NegativeBalancePolicy.CLAMP;
    try {
      return Transactions.retryOnConflict(() -> reverseAttempt(program, current, debit, debit.points(),
          clamp ? "attribute_exists(pk) AND points >= :taken" : "attribute_exists(pk)", null));
    } catch (TransactionCanceledException e) {
      if (CHECK_FAILED.equals(Transactions.code(e, ORDER))) {
        return new Stale();
      }
      if (!clamp || !CHECK_FAILED.equals(Transactions.code(e, BALANCE))) {
        throw e;
      }
      Map<String, AttributeValue> old = e.cancellationReasons().get(BALANCE).item();
      if (old == null || old.isEmpty()) {
        throw new IllegalStateException("the balance of " + current.customerId() + " is missing", e);
      }
      long balance = Math.max(0, Item.of(old).n("points"));
      long seenVersion = Item.of(old).n("version");
      long taken = Math.min(debit.points(), balance);
      if (taken == 0) {
        return shortfallOnly(program, current, debit, seenVersion);
      }
      try {
        return Transactions.retryOnConflict(() -> reverseAttempt(program, current, debit, taken,
            "attribute_exists(pk) AND version = :seen", seenVersion));
      } catch (TransactionCanceledException again) {
        if (CHECK_FAILED.equals(Transactions.code(again, ORDER))) {
          return new Stale();
        }
        if (CHECK_FAILED.equals(Transactions.code(again, BALANCE))) {
          throw new ContentionException("the customer's balance changed while the refund was applied; retry", again);
        }
        throw again;
      }
    }
  }

  /** One attempt: the order moves on from {@code current}'s version, {@code taken} points leave the balance. */
  private Reversed reverseAttempt(ProgramId program, OrderState current, OrderDebit d, long taken,
      String balanceCondition, Long seenVersion) {
    long shortfall = d.points() - taken;
    String note = shortfall == 0 ? d.note()
        : d.note() + " (" + shortfall + " points already spent: not taken back)";
    LedgerEntry entry = new LedgerEntry(ids.next("tx_"), current.customerId(), -taken, EntryKind.REVERSE,
        Reason.REFUND, note, sourceRef(current.orderKey()), d.actor(), d.at(), null, null);
    OrderState next = advanced(current, d, shortfall);
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":taken", Item.num(taken));
    values.put(":one", Item.num(1));
    values.put(":at", Item.str(d.at().toString()));
    if (seenVersion != null) {
      values.put(":seen", Item.num(seenVersion));
    }
    TransactWriteItem balance = TransactWriteItem.builder().update(u -> u.tableName(table)
        .key(Keys.key(Keys.customer(program, current.customerId()), Keys.BALANCE_SK))
        .updateExpression("SET points = points - :taken, lifetimeEarned = lifetimeEarned - :taken, "
            + "version = version + :one, updatedAt = :at")
        .conditionExpression(balanceCondition)
        .expressionAttributeValues(values)
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
    dynamo.transactWriteItems(b -> b.clientRequestToken(entry.id())
        .transactItems(orderUpdate(program, current, next), entryPut(program, entry, shortfall), balance));
    return new Reversed(next, entry, taken, shortfall);
  }

  /**
   * Clamp with nothing left to take: no 0-point entry in the customer's history, only the order's state moves on
   * and records the whole shortfall, on the condition that the balance is still the empty one seen.
   */
  private ReverseResult shortfallOnly(ProgramId program, OrderState current, OrderDebit d, long seenVersion) {
    OrderState next = advanced(current, d, d.points());
    TransactWriteItem balanceUnchanged = TransactWriteItem.builder().conditionCheck(c -> c.tableName(table)
        .key(Keys.key(Keys.customer(program, current.customerId()), Keys.BALANCE_SK))
        .conditionExpression("attribute_exists(pk) AND version = :seen")
        .expressionAttributeValues(Map.of(":seen", Item.num(seenVersion)))).build();
    try {
      Transactions.retryOnConflict(() -> dynamo.transactWriteItems(b -> b.transactItems(
          orderUpdate(program, current, next), balanceUnchanged)));
      return new Reversed(next, null, 0, d.points());
    } catch (TransactionCanceledException e) {
      if (CHECK_FAILED.equals(Transactions.code(e, ORDER))) {
        return new Stale();
      }
      if (CHECK_FAILED.equals(Transactions.code(e, 1))) {
        throw new ContentionException("the customer's balance changed while the refund was applied; retry", e);
      }
      throw e;
    }
  }

  /** Refunds too small to cost a point (or an order that earned none): only the order's state moves on. */
  private ReverseResult settleRefundsOnly(ProgramId program, OrderState current, OrderDebit d) {
    OrderState next = advanced(current, d, 0);
    try {
      Transactions.retryOnConflict(() -> dynamo.transactWriteItems(b -> b.transactItems(
          orderUpdate(program, current, next))));
      return new Reversed(next, null, 0, 0);
    } catch (TransactionCanceledException e) {
      if (CHECK_FAILED.equals(Transactions.code(e, ORDER))) {
        return new Stale();
      }
      throw e;
    }
  }

  private static OrderState advanced(OrderState current, OrderDebit d, long shortfall) {
    Set<String> refunds = new HashSet<>(current.refundIds());
    refunds.addAll(d.refundIds());
    long reversed = current.reversedPoints() + d.points();
    boolean closes = d.closes() || reversed >= current.earnedPoints();
    return new OrderState(current.orderKey(), closes ? OrderState.Status.REVERSED : current.status(),
        current.customerId(), current.earnedPoints(), current.eligibleMinor(), current.totalMinor(), reversed,
        d.refundedMinor(), refunds,
        current.shortfallPoints() + shortfall, current.earnedEntryId(), current.reason(), current.version() + 1,
        current.createdAt(), d.at());
  }

  /** Writes {@code next} over the order's item, only if the item is still at {@code current}'s version. */
  private TransactWriteItem orderUpdate(ProgramId program, OrderState current, OrderState next) {
    return TransactWriteItem.builder().put(p -> p.tableName(table).item(OrderItems.toItem(program, next))
        .conditionExpression("version = :version")
        .expressionAttributeValues(Map.of(":version", Item.num(current.version())))).build();
  }

  private TransactWriteItem entryPut(ProgramId program, LedgerEntry entry, long shortfall) {
    Map<String, AttributeValue> item = new HashMap<>(EntryItems.toItem(program, entry));
    if (shortfall > 0) {
      item.put("shortfall", Item.num(shortfall));
    }
    return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
        .conditionExpression("attribute_not_exists(pk)")).build();
  }

  private static String sourceRef(String orderKey) {
    return "order:" + orderKey;
  }
}
