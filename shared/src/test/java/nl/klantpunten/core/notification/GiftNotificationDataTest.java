package nl.klantpunten.core.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import nl.klantpunten.core.gift.Cadence;
import nl.klantpunten.core.gift.GiftId;
import nl.klantpunten.core.gift.GiftKeys;
import nl.klantpunten.core.gift.GiftPeriod;
import nl.klantpunten.core.gift.GiftPlan;
import nl.klantpunten.core.segment.Segment;
import org.junit.jupiter.api.Test;

/**
 * The gift run's outbox item carries every value the PERIODIC_GIFT template needs beyond the common ones, so the
 * notifier can send it instead of skipping it for missing values.
 */
class GiftNotificationDataTest {

  @Test
  void aGiftsOutboxDataFillsThePeriodicGiftPlaceholders() {
    Instant created = Instant.parse("2026-03-01T09:00:00Z");
    GiftPlan plan = new GiftPlan(new GiftId("monthly"), 25, "Monthly thank-you", new Cadence.Monthly(1),
        Segment.balanceBetween(0L, null), true, created, created);
    GiftPeriod period = plan.cadence().periodAt(Instant.parse("2026-04-02T12:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    var message = GiftKeys.notification(plan, period);

    assertEquals(NotificationType.PERIODIC_GIFT.name(), message.type());
    Set<String> provided = message.data().keySet().stream().map(DeliverNotification::placeholderName)
        .collect(Collectors.toSet());
    Set<String> needed = NotificationType.PERIODIC_GIFT.placeholders().stream()
        .filter(p -> !NotificationType.COMMON_PLACEHOLDERS.contains(p)).collect(Collectors.toSet());
    assertTrue(provided.containsAll(needed), "needed " + needed + ", provided " + provided);
    assertEquals("Monthly thank-you", message.data().get("giftName"));
    assertEquals("25", message.data().get("points"));
  }
}
