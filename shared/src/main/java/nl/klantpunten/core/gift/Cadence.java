package nl.klantpunten.core.gift;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * How often a gift plan gives: every day, every week on a weekday, every month on a day, every year on a date. All
 * in the program's time zone (a period starts at local midnight, whatever daylight saving time does).
 *
 * <p>Edges: a monthly day beyond the month's end falls on its last day (31 → 30 April, 28 or 29 February); a yearly
 * 29 February falls on 28 February in other years. The period always runs to the next period's start.
 */
public sealed interface Cadence {

  /** The start date of the period that contains {@code today}: the latest start date on or before it. */
  LocalDate startOn(LocalDate today);

  /** The start date of the period after the one starting on {@code start}. */
  LocalDate nextAfter(LocalDate start);

  String type();

  /** The period containing {@code now}, in {@code zone}. */
  default GiftPeriod periodAt(Instant now, ZoneId zone) {
    LocalDate start = startOn(LocalDate.ofInstant(now, zone));
    return new GiftPeriod(start, start.atStartOfDay(zone).toInstant(), nextAfter(start).atStartOfDay(zone).toInstant());
  }

  record Daily() implements Cadence {
    public LocalDate startOn(LocalDate today) {
      return today;
    }

    public LocalDate nextAfter(LocalDate start) {
      return start.plusDays(1);
    }

    public String type() {
      return "daily";
    }
  }

  record Weekly(DayOfWeek day) implements Cadence {
    public LocalDate startOn(LocalDate today) {
      return today.with(TemporalAdjusters.previousOrSame(day));
    }

    public LocalDate nextAfter(LocalDate start) {
      return start.plusWeeks(1);
    }

    public String type() {
      return "weekly";
    }

    public String dayName() {
      return day.name().toLowerCase(Locale.ROOT);
    }
  }

  record Monthly(int day) implements Cadence {
    public Monthly {
      if (day < 1 || day > 31) {
        throw new IllegalArgumentException("day of month 1..31");
      }
    }

    public LocalDate startOn(LocalDate today) {
      LocalDate thisMonth = in(YearMonth.from(today));
      return today.isBefore(thisMonth) ? in(YearMonth.from(today).minusMonths(1)) : thisMonth;
    }

    public LocalDate nextAfter(LocalDate start) {
      return in(YearMonth.from(start).plusMonths(1));
    }

    private LocalDate in(YearMonth month) {
      return month.atDay(Math.min(day, month.lengthOfMonth()));
    }

    public String type() {
      return "monthly";
    }
  }

  record Yearly(Month month, int day) implements Cadence {
    public Yearly {
      MonthDay.of(month, day); // throws for 31 April, 30 February
    }

    public LocalDate startOn(LocalDate today) {
      LocalDate thisYear = in(today.getYear());
      return today.isBefore(thisYear) ? in(today.getYear() - 1) : thisYear;
    }

    public LocalDate nextAfter(LocalDate start) {
      return in(start.getYear() + 1);
    }

    private LocalDate in(int year) {
      return MonthDay.of(month, day).atYear(year); // 29 February → 28 February outside leap years
    }

    public String type() {
      return "yearly";
    }
  }
}
