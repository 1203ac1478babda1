package nl.klantpunten.core.ledger;

import java.time.Instant;
import nl.klantpunten.core.customer.CustomerId;

/**
 * One change of one customer's balance. Entries are never edited; a deleted entry keeps its data and gains
 * {@code deletedAt}/{@code deletedBy} for the audit trail while its effect on the balance is reversed.
 */
public record LedgerEntry(
    String id,
    CustomerId customerId,
    long points,
    EntryKind kind,
    Reason reason,
    String note,
    String sourceRef,
    String actor,
    Instant createdAt,
    Instant deletedAt,
    String deletedBy) {

  public boolean deleted() {
    return deletedAt != null;
  }
}
