package nl.klantpunten.core.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import nl.klantpunten.core.ledger.LedgerEntry;

/**
 * The notification a change asks for: written as an outbox item in the SAME transaction as the change, so the
 * notification exists exactly when the change committed (the table stream relays it to the queue afterwards).
 *
 * <p>{@code notificationId} is deterministic from the cause; null means "derive it from the ledger entry the
 * change writes" ({@code <type prefix>#<entryId>}, e.g. {@code EARNED#tx_…}), for changes whose entry id is only
 * known inside the store. {@code data} holds the template values the change knows (string → string).
 */
public record OutboxNotice(NotificationType type, String notificationId, Map<String, String> data) {
  public static final int MAX_ID_LENGTH = 200;

  public OutboxNotice {
    Objects.requireNonNull(type, "type");
    data = Map.copyOf(data == null ? Map.of() : data);
    if (notificationId != null && (notificationId.isBlank() || notificationId.length() > MAX_ID_LENGTH)) {
      throw new IllegalArgumentException("a notification id has 1 to " + MAX_ID_LENGTH + " characters");
    }
  }

  /** "You earned points": id and {@code points} come from the entry the change writes. */
  public static OutboxNotice pointsEarned() {
    return new OutboxNotice(NotificationType.POINTS_EARNED, null, Map.of());
  }

  /** This notice for the entry a change wrote: the id resolved and the entry's points added to the data. */
  public OutboxNotice forEntry(LedgerEntry entry) {
    Map<String, String> values = new LinkedHashMap<>(data);
    values.putIfAbsent("points", Long.toString(entry.points()));
    String id = notificationId != null ? notificationId : type.idPrefix() + "#" + entry.id();
    return new OutboxNotice(type, id, values);
  }
}
