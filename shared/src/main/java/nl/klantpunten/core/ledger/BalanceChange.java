package nl.klantpunten.core.ledger;

import java.util.Objects;
import nl.klantpunten.core.customer.CustomerId;

/**
 * A request to change one customer's balance by writing one ledger entry. With an idempotency key the change is
 * applied at most once: a repeat with the same key returns the first entry, a repeat with another {@code
 * fingerprint} (different request under the same key) is refused.
 */
public record BalanceChange(
    CustomerId customerId,
    long points,
    EntryKind kind,
    Reason reason,
    String note,
    String sourceRef,
    String actor,
    IdempotencyKey idempotencyKey) {

  public BalanceChange {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    if (points == 0) {
      throw new IllegalArgumentException("a balance change moves at least one point");
    }
  }
}
