package nl.klantpunten.core.store;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.earning.OrderState;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.notification.OutboxNotice;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.settings.NegativeBalancePolicy;

/**
 * Orders and their points. Each method is ONE TransactWriteItems: the order's own state item (its condition is
 * the guard that makes a redelivery a no-op), the ledger entry and the customer's balance. No program-wide item
 * takes part.
 */
public interface OrderLedger {

  Optional<OrderState> find(ProgramId programId, String orderKey);

  /** Remembers an order settled without points (skipped, closed), unless the order is known already. */
  Settled settle(ProgramId programId, String orderKey, CustomerId customer, OrderState.Status status,
      String reason, Instant at);

  /** Credits the order's points, once; see {@link EarnResult}. With 0 points only the order state is written. */
  EarnResult earn(ProgramId programId, OrderCredit credit);

  /** Takes back points for refunds or cancellation, only if the order is still at {@code current}'s version. */
  ReverseResult reverse(ProgramId programId, OrderState current, OrderDebit debit);

  /**
   * What an order earns and how the entry reads. With a {@code notice} the same transaction writes the notification
   * outbox item for the credited entry (not when the order earns 0 points).
   */
  record OrderCredit(String orderKey, CustomerId customer, long points, long eligibleMinor, long totalMinor,
      String note, String actor, Instant at, OutboxNotice notice) {

    /** A credit that notifies nobody. */
    public OrderCredit(String orderKey, CustomerId customer, long points, long eligibleMinor, long totalMinor,
        String note, String actor, Instant at) {
      this(orderKey, customer, points, eligibleMinor, totalMinor, note, actor, at, null);
    }
  }

  /** What a refund or cancellation takes back. {@code refundedMinor} is the running total after these refunds. */
  record OrderDebit(long points, Set<String> refundIds, long refundedMinor, boolean closes,
      NegativeBalancePolicy policy, String note, String actor, Instant at) {}

  /** The order's state after {@link #settle}; {@code written} false when it was known already (nothing written). */
  record Settled(OrderState state, boolean written) {}

  sealed interface EarnResult {}

  /** The points are credited; {@code entry} is null when the order earned 0 points. */
  record Earned(OrderState state, LedgerEntry entry) implements EarnResult {}

  /** The order was settled before (a redelivery, or a concurrent event): nothing was written. */
  record AlreadyKnown(OrderState state) implements EarnResult {}

  /** The customer does not exist in the program; nothing was written. */
  record CustomerMissing() implements EarnResult {}

  sealed interface ReverseResult {}

  /**
   * Done. {@code taken} points left the balance; {@code shortfall} could not be taken (clamp policy, points already
   * spent) and are recorded on the entry. {@code entry} is null when nothing was to be taken back.
   */
  record Reversed(OrderState state, LedgerEntry entry, long taken, long shortfall) implements ReverseResult {}

  /** The order changed since {@code current} was read; nothing was written. Read it again and decide again. */
  record Stale() implements ReverseResult {}
}
