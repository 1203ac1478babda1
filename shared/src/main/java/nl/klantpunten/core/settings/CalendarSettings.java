package nl.klantpunten.core.settings;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * The program's calendar: the time zone in which its days, weeks, months and years begin. Report days and gift
 * periods are cut at midnight in this zone, because a shop in Amsterdam means its own "1 March", not UTC's.
 */
public record CalendarSettings(ZoneId timeZone) {
  public static final CalendarSettings DEFAULT = new CalendarSettings(ZoneId.of("Europe/Amsterdam"));
  private static final Set<String> FIELDS = Set.of("timeZone");

  public CalendarSettings {
    Objects.requireNonNull(timeZone, "timeZone");
  }

  /** Merges the {@code calendar} part of a settings document; an unknown zone is reported as calendar.timeZone. */
  static CalendarSettings read(CalendarSettings current, FieldReader in) {
    in.only(FIELDS);
    String zone = in.text("timeZone");
    if (zone == null) {
      return current;
    }
    try {
      // region ids only: a fixed offset such as +01:00 would ignore daylight saving time
      if (!zone.contains("/") && !zone.equals("UTC")) {
        throw new DateTimeException("not a region id");
      }
      return new CalendarSettings(ZoneId.of(zone.strip()));
    } catch (DateTimeException e) {
      in.violations().add(in.pathOf("timeZone"), "zoneId", "must be a time zone id such as Europe/Amsterdam");
      return current;
    }
  }
}
