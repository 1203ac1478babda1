package nl.klantpunten.core.id;

import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * Makes time-ordered ids (ULID layout: 48-bit milliseconds, 80 random bits, Crockford base 32), so that sorting by
 * id sorts by creation time. Build one per container from a SecureRandom, never in static initialisation: copies
 * restored from a SnapStart snapshot must not share ids.
 */
public final class Ids {
  private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private final Clock clock;
  private final RandomGenerator random;

  public Ids(Clock clock, RandomGenerator random) {
    this.clock = clock;
    this.random = random;
  }

  /** A 26-character ULID for the current time. */
  public String ulid() {
    return ulid(clock.millis(), random.nextLong(), random.nextLong());
  }

  public String next(String prefix) {
    return prefix + ulid();
  }

  /** The smallest ULID at this millisecond: a lower bound for range queries. */
  public static String lowest(long epochMillis) {
    return ulid(epochMillis, 0, 0);
  }

  /** The largest ULID at this millisecond: an upper bound for range queries. */
  public static String highest(long epochMillis) {
    return ulid(epochMillis, -1L, -1L);
  }

  static String ulid(long epochMillis, long randomHigh, long randomLow) {
    char[] out = new char[26];
    long time = epochMillis;
    for (int i = 9; i >= 0; i--) {
      out[i] = CROCKFORD[(int) (time & 31)];
      time >>>= 5;
    }
    // 80 random bits: 40 from each half
    long hi = randomHigh & 0xFF_FFFF_FFFFL;
    long lo = randomLow & 0xFF_FFFF_FFFFL;
    for (int i = 17; i >= 10; i--) {
      out[i] = CROCKFORD[(int) (hi & 31)];
      hi >>>= 5;
    }
    for (int i = 25; i >= 18; i--) {
      out[i] = CROCKFORD[(int) (lo & 31)];
      lo >>>= 5;
    }
    return new String(out);
  }
}
