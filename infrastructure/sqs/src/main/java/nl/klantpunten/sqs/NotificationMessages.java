package nl.klantpunten.sqs;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.notification.Notification;
import nl.klantpunten.core.notification.NotificationType;
import nl.klantpunten.core.program.ProgramId;

/**
 * The body of a notification message on the queue: a small JSON document the relay writes and the notifier reads.
 * Decoding refuses anything that is not such a document ({@link Malformed}), so a foreign or broken message fails
 * on its own and ends in the dead-letter queue instead of being guessed at.
 */
public final class NotificationMessages {

  private NotificationMessages() {}

  public static String encode(Notification n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("programId", n.programId().value());
    m.put("customerId", n.customerId().value());
    m.put("notificationId", n.notificationId());
    m.put("type", n.type().name());
    m.put("data", new LinkedHashMap<>(n.data()));
    m.put("createdAt", n.createdAt() == null ? null : n.createdAt().toString());
    return MessageJson.write(m);
  }

  public static Notification decode(String body) {
    Map<String, Object> m = MessageJson.readObject(body, Malformed::new);
    try {
      Map<String, String> data = new LinkedHashMap<>();
      if (m.get("data") instanceof Map<?, ?> given) {
        given.forEach((k, v) -> {
          if (v != null) {
            data.put(String.valueOf(k), String.valueOf(v));
          }
        });
      }
      String created = text(m, "createdAt", false);
      return new Notification(new ProgramId(text(m, "programId", true)), new CustomerId(text(m, "customerId", true)),
          text(m, "notificationId", true), NotificationType.valueOf(text(m, "type", true)), data,
          created == null ? null : Instant.parse(created));
    } catch (ValidationException | IllegalArgumentException | DateTimeParseException e) {
      throw new Malformed(e.getMessage(), e);
    }
  }

  private static String text(Map<String, Object> m, String field, boolean required) {
    Object value = m.get(field);
    if (value instanceof String s && !s.isBlank()) {
      return s;
    }
    if (value == null && !required) {
      return null;
    }
    throw new Malformed("field " + field + " is missing or not a string", null);
  }

  /** The message is not a notification this product wrote; retrying cannot help. */
  public static final class Malformed extends RuntimeException {
    public Malformed(String message, Throwable cause) {
      super("malformed notification message: " + message, cause);
    }
  }
}
