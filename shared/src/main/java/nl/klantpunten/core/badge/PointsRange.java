package nl.klantpunten.core.badge;

/**
 * The points a measure must lie in to obtain and to keep a badge: {@code from} and {@code to} both inclusive, {@code
 * to} null for "and up". A range is both the way in and the way to stay: falling below {@code from} (or rising above
 * {@code to}) loses the badge.
 */
public record PointsRange(long from, Long to) {

  public PointsRange {
    if (from < 0) {
      throw new IllegalArgumentException("from must be 0 or more");
    }
    if (to != null && to < from) {
      throw new IllegalArgumentException("to must be at least from");
    }
  }

  public boolean contains(long points) {
    return points >= from && (to == null || points <= to);
  }

  /** Points still missing to reach the range from {@code points} below it; 0 when already at or above {@code from}. */
  public long missingFrom(long points) {
    return points >= from ? 0 : from - points;
  }
}
