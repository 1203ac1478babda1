package nl.klantpunten.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.error.Violations;

/**
 * The days a report covers, both inclusive, in the program's time zone. Whole days only: the totals come from
 * per-day aggregates, so a range that cut a day in two could not be answered from them. At most
 * {@link #MAX_DAYS} days (ten years: a few thousand small items).
 */
public record ReportRange(LocalDate from, LocalDate to) {
  public static final int MAX_DAYS = 3_700;

  public static ReportRange parse(String from, String to) {
    Violations v = new Violations();
    LocalDate start = date(v, "from", from);
    LocalDate end = date(v, "to", to);
    v.throwIfAny();
    if (start.isAfter(end)) {
      throw ValidationException.of("from", "order", "must not be after 'to'");
    }
    if (start.plusDays(MAX_DAYS).isBefore(end) || start.getYear() < 1970 || end.getYear() > 9998) {
      throw ValidationException.of("to", "range", "at most " + MAX_DAYS + " days from 1970 on");
    }
    return new ReportRange(start, end);
  }

  private static LocalDate date(Violations v, String field, String value) {
    if (value == null) {
      v.add(field, "required", "a date such as 2026-03-01 (the program's time zone)");
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      v.add(field, "date", "must be a date such as 2026-03-01 (the program's time zone)");
      return null;
    }
  }

  /** The first instant of {@code from} in the zone. */
  public Instant start(ZoneId zone) {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The last millisecond of {@code to} in the zone (entry ids carry milliseconds). */
  public Instant endInclusive(ZoneId zone) {
    return to.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
  }
}
