package nl.klantpunten.core.gift;

import java.time.Instant;

/**
 * Where the runs of one plan stand in one period: {@code cursor} is the segment page to continue from (null: start
 * a new walk: every run walks the segment again, so a customer who joined it since the last walk gets the gift),
 * {@code given} counts the gifts of the period so far, {@code walks} the completed walks. {@code skipped} is why
 * the last run gave nothing for this plan (POINTS_DISABLED while the program's points are off), null when it walked.
 */
public record GiftRunState(String period, String cursor, long given, long walks, Instant updatedAt, String skipped) {

  public static GiftRunState start(String period) {
    return new GiftRunState(period, null, 0, 0, null, null);
  }

  public GiftRunState afterPage(String nextCursor, long newlyGiven, Instant at) {
    return new GiftRunState(period, nextCursor, given + newlyGiven, nextCursor == null ? walks + 1 : walks, at,
        null);
  }

  /** A run that gave nothing for {@code reason}; the walk stays where it was, so a later run continues it. */
  public GiftRunState skippedBy(String reason, Instant at) {
    return new GiftRunState(period, cursor, given, walks, at, reason);
  }
}
