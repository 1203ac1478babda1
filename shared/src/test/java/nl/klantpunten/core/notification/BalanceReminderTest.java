package nl.klantpunten.core.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BalanceReminderTest {
  private static final List<Long> THRESHOLDS = List.of(100L, 500L, 1000L);

  @Test
  void aRiseToOrPastAThresholdIsDueOnceForTheHighestThresholdCrossed() {
    OutboxNotice notice = BalanceReminder.due(THRESHOLDS, 90, 600, 7).orElseThrow();
    assertEquals(NotificationType.BALANCE_REMINDER, notice.type());
    assertEquals("REMINDER#500#7", notice.notificationId());
    assertEquals(Map.of("balance", "600", "threshold", "500"), notice.data());
    assertEquals("REMINDER#100#3", BalanceReminder.due(THRESHOLDS, 99, 100, 3).orElseThrow().notificationId(),
        "reaching the threshold exactly counts");
  }

  @Test
  void noCrossingNoReminder() {
    assertEquals(Optional.empty(), BalanceReminder.due(THRESHOLDS, 100, 400, 1), "already at 100 before");
    assertEquals(Optional.empty(), BalanceReminder.due(THRESHOLDS, 600, 90, 2), "a fall");
    assertEquals(Optional.empty(), BalanceReminder.due(List.of(), 0, 5000, 2), "no thresholds set");
  }
}
