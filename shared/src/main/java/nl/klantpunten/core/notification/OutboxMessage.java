package nl.klantpunten.core.notification;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A notification to a customer, stored in the customer's partition in the SAME transaction as the change that
 * causes it (the shared outbox contract in docs/data-model.md), and relayed from the table stream. The id is
 * deterministic from the cause ({@code GIFT#<giftId>#<period>}), so the same cause can never notify twice.
 */
public record OutboxMessage(String notificationId, String type, Map<String, String> data) {
  public static final Set<String> TYPES =
      Set.of("POINTS_EARNED", "REWARD_WITHIN_REACH", "BADGE_UNLOCKED", "PERIODIC_GIFT", "BALANCE_REMINDER");
  private static final Pattern ID = Pattern.compile("[A-Z_]+#[\\x21-\\x7E]{1,200}");

  public OutboxMessage {
    Objects.requireNonNull(data, "data");
    if (notificationId == null || !ID.matcher(notificationId).matches()) {
      throw new IllegalArgumentException("not a notification id: " + notificationId);
    }
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("not a notification type: " + type);
    }
    data = Map.copyOf(data);
  }
}
