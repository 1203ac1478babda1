package nl.klantpunten.core.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramId;

/**
 * The notifier's record of each notification, one item per notification id: claimed (being sent), sent or skipped.
 * Every write is conditional, which is what makes a notification delivered twice by SQS give one email.
 */
public interface NotificationLog {

  /**
   * Claims the notification for sending: succeeds when nobody recorded it yet, or when an earlier claim is older
   * than {@code lease} (its sender died between sending and marking). Otherwise says what is recorded.
   */
  Claim claim(ProgramId programId, CustomerId customerId, String notificationId, String type, Instant now,
      Duration lease);

  /** Marks the claimed notification as sent. */
  void markSent(ProgramId programId, CustomerId customerId, String notificationId, String messageId, Instant at);

  /** Records that the claimed notification was not sent, and why (opted out, no email…). */
  void markSkipped(ProgramId programId, CustomerId customerId, String notificationId, String reason, Instant at);

  /** Gives up a claim whose send failed, so the next delivery sends at once. */
  void release(ProgramId programId, CustomerId customerId, String notificationId, Instant claimedAt);

  Optional<Entry> find(ProgramId programId, CustomerId customerId, String notificationId);

  enum Claim { CLAIMED, SENT_BEFORE, SKIPPED_BEFORE, IN_PROGRESS }

  enum Status { SENDING, SENT, SKIPPED }

  /** What is recorded about one notification. */
  record Entry(String notificationId, String type, Status status, String reason, String messageId,
      Instant claimedAt, Instant doneAt) {}
}
