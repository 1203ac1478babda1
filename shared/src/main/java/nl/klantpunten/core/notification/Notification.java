package nl.klantpunten.core.notification;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramId;

/**
 * One notification on its way to a customer, as the outbox relay puts it on the queue and the notifier reads it.
 * {@code notificationId} is unique within the customer; the notifier's sent marker is keyed by it, so a message
 * delivered twice still gives one email.
 */
public record Notification(
    ProgramId programId,
    CustomerId customerId,
    String notificationId,
    NotificationType type,
    Map<String, String> data,
    Instant createdAt) {

  public Notification {
    Objects.requireNonNull(programId, "programId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(notificationId, "notificationId");
    Objects.requireNonNull(type, "type");
    data = Map.copyOf(data == null ? Map.of() : data);
  }
}
