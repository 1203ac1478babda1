package nl.klantpunten.core.notification;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When a balance reminder is due: the balance rose to or past one of the program's thresholds ({@code
 * notifications.reminderThresholds}). Only the highest threshold crossed by one change is reminded of, so a large
 * credit gives one email, not one per threshold. The id names the threshold and the balance version, so the same
 * crossing is one notification however often the stream delivers it, and crossing again later (after spending) is
 * a new one.
 */
public final class BalanceReminder {
  private BalanceReminder() {}

  public static Optional<OutboxNotice> due(List<Long> thresholds, long before, long after, long balanceVersion) {
    Long crossed = null;
    for (long threshold : thresholds) {
      if (before < threshold && threshold <= after && (crossed == null || threshold > crossed)) {
        crossed = threshold;
      }
    }
    if (crossed == null) {
      return Optional.empty();
    }
    return Optional.of(new OutboxNotice(NotificationType.BALANCE_REMINDER,
        NotificationType.BALANCE_REMINDER.idPrefix() + "#" + crossed + "#" + balanceVersion,
        Map.of("balance", Long.toString(after), "threshold", Long.toString(crossed))));
  }
}
