package nl.klantpunten.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.settings.EarningRatio;
import org.junit.jupiter.api.Test;

class ReportRulesTest {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency JPY = Currency.getInstance("JPY");

  private static ReportedEntry entry(long points, Reason reason, String at, boolean reversal) {
    return new ReportedEntry("tx_" + points + at, new CustomerId("c"), points, reason, Instant.parse(at), reversal);
  }

  @Test
  void anEntryBelongsToItsDayInTheProgramsTimeZone() {
    ReportedEntry lateEvening = entry(5, Reason.ORDER, "2026-03-01T23:30:00Z", false);
    assertEquals(LocalDate.of(2026, 3, 2), lateEvening.day(AMSTERDAM), "00:30 in Amsterdam (CET)");
    assertEquals(LocalDate.of(2026, 3, 1), lateEvening.day(ZoneId.of("UTC")));
    ReportedEntry summer = entry(5, Reason.ORDER, "2026-07-01T22:30:00Z", false);
    assertEquals(LocalDate.of(2026, 7, 2), summer.day(AMSTERDAM), "00:30 in Amsterdam (CEST, UTC+2)");
    assertEquals(LocalDate.of(2026, 7, 1), entry(5, Reason.ORDER, "2026-07-01T21:59:59Z", false).day(AMSTERDAM));
  }

  @Test
  void aDayAddsEarnedAndSpentPerReasonAndADeletionTakesItsEntryBackOut() {
    LocalDate day = LocalDate.of(2026, 3, 1);
    DayTotals totals = DayTotals.of(day, List.of(
        entry(100, Reason.ORDER, "2026-03-01T10:00:00Z", false),
        entry(-30, Reason.REDEMPTION, "2026-03-01T11:00:00Z", false),
        entry(20, Reason.GIFT, "2026-03-01T12:00:00Z", false),
        entry(20, Reason.GIFT, "2026-03-01T12:00:00Z", true)));
    assertEquals(new Tally(2, 100, 30), totals.all());
    assertEquals(new Tally(1, 100, 0), totals.tally(Reason.ORDER));
    assertEquals(new Tally(1, 0, 30), totals.tally(Reason.REDEMPTION));
    assertEquals(new Tally(0, 0, 0), totals.tally(Reason.GIFT));
    assertEquals(Tally.ZERO, totals.tally(Reason.SALE));
    assertEquals(70, totals.all().net());
  }

  @Test
  void reportTotalsAddUpDaysAndAverageTheNetPointsPerEntryHalfUp() {
    ReportTotals totals = ReportTotals.of(List.of(
        new DayTotals(LocalDate.of(2026, 3, 1), new Tally(2, 10, 0), java.util.Map.of()),
        new DayTotals(LocalDate.of(2026, 3, 2), new Tally(1, 0, 5), java.util.Map.of())), null);
    assertEquals(new Tally(3, 10, 5), totals.tally());
    assertEquals(new BigDecimal("1.67"), totals.averagePerEntry(), "5 / 3 = 1.666…");
    assertEquals(new BigDecimal("0.00"), ReportTotals.of(List.of(), null).averagePerEntry());
    assertEquals(new BigDecimal("-0.50"), new ReportTotals(new Tally(2, 0, 1)).averagePerEntry());
  }

  @Test
  void theLiabilityIsRoundedHalfUpOnceToMinorUnits() {
    PointValue tenPerFiveEuro = new PointValue(10, new BigDecimal("5.00"), "test");
    assertEquals(50, tenPerFiveEuro.valueOf(1, EUR).minorUnits(), "1 point = 0.50");
    PointValue hundredPerCent = new PointValue(100, new BigDecimal("0.01"), "test");
    assertEquals(2, hundredPerCent.valueOf(150, EUR).minorUnits(), "1.5 cents rounds up");
    assertEquals(1, hundredPerCent.valueOf(149, EUR).minorUnits(), "1.49 cents rounds down");
    assertEquals(0, hundredPerCent.valueOf(0, EUR).minorUnits());
    PointValue hundredPerEuro = new PointValue(100, new BigDecimal("1.00"), "test");
    assertEquals(333, new PointValue(3, new BigDecimal("1000"), "t").valueOf(1, JPY).minorUnits(), "no minor unit");
    assertEquals(150, hundredPerEuro.valueOf(150, EUR).minorUnits());
    assertEquals(Long.MAX_VALUE / 1000, new PointValue(10_000, new BigDecimal("100.00"), "t")
        .valueOf(Long.MAX_VALUE / 1000, EUR).minorUnits(), "points × minor units would overflow a long");
    PointValue earning = PointValue.ofEarningRatio(EarningRatio.DEFAULT);
    assertEquals("earning.ratio", earning.basis());
    assertEquals(700, earning.valueOf(7, EUR).minorUnits());
    PointValue redemption = PointValue.ofRedemption(nl.klantpunten.core.redemption.Conversion.DEFAULT);
    assertEquals("redemption.conversion", redemption.basis());
    assertEquals(117, redemption.valueOf(117, EUR).minorUnits(), "100 points = 1.00 EUR by default: 1.17");
  }

  @Test
  void aRangeIsWholeDaysInTheProgramsZone() {
    ReportRange march = ReportRange.parse("2026-03-01", "2026-03-31");
    assertEquals(Instant.parse("2026-02-28T23:00:00Z"), march.start(AMSTERDAM));
    assertEquals(Instant.parse("2026-03-31T21:59:59.999Z"), march.endInclusive(AMSTERDAM), "summer time from 29 March");
    assertEquals("from", assertThrows(ValidationException.class, () -> ReportRange.parse("2026-04-01", "2026-03-01"))
        .errors().get(0).field());
    assertEquals("to", assertThrows(ValidationException.class, () -> ReportRange.parse("2026-03-01", "31-03-2026"))
        .errors().get(0).field());
    assertEquals(2, assertThrows(ValidationException.class, () -> ReportRange.parse(null, null)).errors().size());
    assertEquals("to", assertThrows(ValidationException.class, () -> ReportRange.parse("2000-01-01", "2026-01-01"))
        .errors().get(0).field());
  }
}
