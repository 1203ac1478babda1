package nl.klantpunten.core.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import nl.klantpunten.core.segment.Segment;
import org.junit.jupiter.api.Test;

/** Cadence edges: month ends, leap days, weeks, and periods cut at midnight in the program's time zone. */
class CadenceTest {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final ZoneId UTC = ZoneId.of("UTC");

  private static LocalDate start(Cadence c, String today) {
    return c.startOn(LocalDate.parse(today));
  }

  @Test
  void aMonthlyDayBeyondTheMonthsEndFallsOnItsLastDay() {
    Cadence the31st = new Cadence.Monthly(31);
    assertEquals(LocalDate.parse("2026-01-31"), start(the31st, "2026-01-31"));
    assertEquals(LocalDate.parse("2026-01-31"), start(the31st, "2026-02-27"));
    assertEquals(LocalDate.parse("2026-02-28"), start(the31st, "2026-02-28"));
    assertEquals(LocalDate.parse("2026-02-28"), start(the31st, "2026-03-30"));
    assertEquals(LocalDate.parse("2026-03-31"), start(the31st, "2026-03-31"));
    assertEquals(LocalDate.parse("2026-04-30"), start(the31st, "2026-05-01"));
    assertEquals(LocalDate.parse("2028-02-29"), start(the31st, "2028-03-01"), "leap year");
    assertEquals(LocalDate.parse("2026-03-31"), the31st.nextAfter(LocalDate.parse("2026-02-28")),
        "after a clamped month the day returns");
    Cadence the30th = new Cadence.Monthly(30);
    assertEquals(LocalDate.parse("2026-02-28"), start(the30th, "2026-03-01"));
    assertEquals(LocalDate.parse("2026-03-30"), the30th.nextAfter(LocalDate.parse("2026-02-28")));
  }

  @Test
  void theFirstOfTheMonthAndDecemberToJanuary() {
    Cadence first = new Cadence.Monthly(1);
    assertEquals(LocalDate.parse("2026-12-01"), start(first, "2026-12-31"));
    assertEquals(LocalDate.parse("2027-01-01"), first.nextAfter(LocalDate.parse("2026-12-01")));
    Cadence fifteenth = new Cadence.Monthly(15);
    assertEquals(LocalDate.parse("2025-12-15"), start(fifteenth, "2026-01-14"));
  }

  @Test
  void aYearlyLeapDayFallsOnThe28thInOtherYears() {
    Cadence leap = new Cadence.Yearly(Month.FEBRUARY, 29);
    assertEquals(LocalDate.parse("2028-02-29"), start(leap, "2028-02-29"));
    assertEquals(LocalDate.parse("2026-02-28"), start(leap, "2026-02-28"));
    assertEquals(LocalDate.parse("2025-02-28"), start(leap, "2026-02-27"));
    assertEquals(LocalDate.parse("2028-02-29"), leap.nextAfter(LocalDate.parse("2027-02-28")));
    assertEquals(LocalDate.parse("2029-02-28"), leap.nextAfter(LocalDate.parse("2028-02-29")));
    Cadence newYear = new Cadence.Yearly(Month.JANUARY, 1);
    assertEquals(LocalDate.parse("2026-01-01"), start(newYear, "2026-12-31"));
    assertThrows(RuntimeException.class, () -> new Cadence.Yearly(Month.APRIL, 31));
    assertThrows(RuntimeException.class, () -> new Cadence.Yearly(Month.FEBRUARY, 30));
  }

  @Test
  void weeklyAndDaily() {
    Cadence monday = new Cadence.Weekly(DayOfWeek.MONDAY);
    assertEquals(LocalDate.parse("2026-11-23"), start(monday, "2026-11-23"));
    assertEquals(LocalDate.parse("2026-11-23"), start(monday, "2026-11-29"));
    assertEquals(LocalDate.parse("2026-11-30"), start(monday, "2026-11-30"));
    assertEquals(LocalDate.parse("2026-12-28"), start(monday, "2027-01-03"), "across the year end");
    assertEquals(LocalDate.parse("2026-11-24"), start(new Cadence.Daily(), "2026-11-24"));
  }

  @Test
  void periodsStartAtMidnightInTheProgramsTimeZone() {
    Cadence first = new Cadence.Monthly(1);
    GiftPeriod march = first.periodAt(Instant.parse("2026-03-15T12:00:00Z"), AMSTERDAM);
    assertEquals("2026-03-01", march.key());
    assertEquals(Instant.parse("2026-02-28T23:00:00Z"), march.start(), "CET: UTC+1");
    assertEquals(Instant.parse("2026-03-31T22:00:00Z"), march.end(), "1 April is in CEST: UTC+2");
    assertEquals("2026-04-01", first.periodAt(Instant.parse("2026-03-31T22:30:00Z"), AMSTERDAM).key(),
        "00:30 on 1 April in Amsterdam");
    assertEquals("2026-03-01", first.periodAt(Instant.parse("2026-03-31T22:30:00Z"), UTC).key());
    GiftPeriod dstDay = new Cadence.Daily().periodAt(Instant.parse("2026-03-29T12:00:00Z"), AMSTERDAM);
    assertEquals(23 * 3600, dstDay.end().getEpochSecond() - dstDay.start().getEpochSecond(), "a 23-hour day");
    assertTrue(march.contains(march.start()));
    assertFalse(march.contains(march.end()));
  }

  @Test
  void aPlanGivesOnlyPeriodsThatStartAfterItWasCreatedAndOnlyWhileActive() {
    Instant created = Instant.parse("2026-03-10T09:00:00Z");
    GiftPlan plan = new GiftPlan(new GiftId("monthly"), 10, "thanks", new Cadence.Monthly(1),
        Segment.balanceBetween(0L, null), true, created, created);
    assertTrue(plan.due(Instant.parse("2026-03-20T00:00:00Z"), AMSTERDAM).isEmpty(), "March began before");
    assertEquals("2026-04-01", plan.due(Instant.parse("2026-04-01T00:00:00Z"), AMSTERDAM).orElseThrow().key());
    assertTrue(new GiftPlan(plan.id(), 10, "thanks", plan.cadence(), plan.segment(), false, created, created)
        .due(Instant.parse("2026-04-01T00:00:00Z"), AMSTERDAM).isEmpty(), "inactive");
  }

  @Test
  void giftKeysNameGiftPeriodAndCustomer() {
    GiftPeriod period = new Cadence.Monthly(1).periodAt(Instant.parse("2026-03-15T12:00:00Z"), AMSTERDAM);
    var key = GiftKeys.of(new GiftId("gold-monthly"), period, new nl.klantpunten.core.customer.CustomerId("c-1"));
    assertEquals("gift:gold-monthly:2026-03-01:c-1", key.storageKey());
  }
}
