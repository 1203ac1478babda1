package nl.klantpunten.core.ledger;

import java.util.Objects;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.notification.OutboxNotice;

/**
 * A request to change one customer's balance by writing one ledger entry. With an idempotency key the change is
 * applied at most once: a repeat with the same key returns the first entry, a repeat with another {@code
 * fingerprint} (different request under the same key) is refused. With a {@code notice} the same transaction also
 * writes the notification outbox item, so the customer hears of the change exactly when it committed.
 */
public record BalanceChange(
    CustomerId customerId,
    long points,
    EntryKind kind,
    Reason reason,
    String note,
    String sourceRef,
    String actor,
    IdempotencyKey idempotencyKey,
    OutboxNotice notice) {

  public BalanceChange {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    if (points == 0) {
      throw new IllegalArgumentException("a balance change moves at least one point");
    }
  }

  /** A change that notifies nobody. */
  public BalanceChange(CustomerId customerId, long points, EntryKind kind, Reason reason, String note,
      String sourceRef, String actor, IdempotencyKey idempotencyKey) {
    this(customerId, points, kind, reason, note, sourceRef, actor, idempotencyKey, null);
  }

  /** This change, also writing {@code next} to the notification outbox in its transaction. */
  public BalanceChange withNotice(OutboxNotice next) {
    return new BalanceChange(customerId, points, kind, reason, note, sourceRef, actor, idempotencyKey, next);
  }

  /** This change, telling the customer about the points when it credits them; debits stay silent. */
  public BalanceChange notifyingWhenEarned() {
    return points > 0 ? withNotice(OutboxNotice.pointsEarned()) : this;
  }
}
