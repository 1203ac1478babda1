package nl.klantpunten.core.card;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * One minute of the per-program enrolment throttle: requests of the same UTC minute share one counter. A fixed
 * window is coarse (up to twice the limit can pass around a minute boundary) but needs one conditional update per
 * request and no clock agreement between containers beyond the minute.
 */
public record ThrottleWindow(String name, Instant start, Instant end) {
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMddHHmm").withZone(ZoneOffset.UTC);

  public static ThrottleWindow minuteOf(Instant now) {
    Instant start = now.truncatedTo(ChronoUnit.MINUTES);
    return new ThrottleWindow(MINUTE.format(start), start, start.plus(1, ChronoUnit.MINUTES));
  }

  /** Whole seconds until the next window opens, at least 1: the Retry-After of a refused request. */
  public long secondsLeft(Instant now) {
    return Math.max(1, (end.toEpochMilli() - now.toEpochMilli() + 999) / 1000);
  }
}
