package nl.klantpunten.functions.panel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock the test moves forward by hand, so entry times (and the ids made from them) are known exactly. */
final class SteppingClock extends Clock {
  private final AtomicLong millis;

  SteppingClock(Instant start) {
    this.millis = new AtomicLong(start.toEpochMilli());
  }

  Instant advance(Duration step) {
    return Instant.ofEpochMilli(millis.addAndGet(step.toMillis()));
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis.get());
  }

  @Override
  public long millis() {
    return millis.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("UTC only");
  }
}
