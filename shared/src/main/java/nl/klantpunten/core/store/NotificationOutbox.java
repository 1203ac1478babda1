package nl.klantpunten.core.store;

import java.time.Instant;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.notification.OutboxNotice;
import nl.klantpunten.core.program.ProgramId;

/**
 * Writes an outbox item on its own, for notifications that follow from a committed change rather than being part of
 * one (a balance reminder derived from the table stream). Changes that notify put theirs in their own transaction.
 */
public interface NotificationOutbox {

  /** Writes the item once; false when a notification with this id exists already (nothing written). */
  boolean put(ProgramId programId, CustomerId customerId, OutboxNotice notice, Instant at);
}
