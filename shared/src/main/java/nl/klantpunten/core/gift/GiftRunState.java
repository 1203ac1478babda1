package nl.klantpunten.core.gift;

import java.time.Instant;

/**
 * Where the runs of one plan stand in one period: {@code cursor} is the segment page to continue from (null: start
 * a new walk: every run walks the segment again, so a customer who joined it since the last walk gets the gift),
 * {@code given} counts the gifts of the period so far, {@code walks} the completed walks.
 */
public record GiftRunState(String period, String cursor, long given, long walks, Instant updatedAt) {

  public static GiftRunState start(String period) {
    return new GiftRunState(period, null, 0, 0, null);
  }

  public GiftRunState afterPage(String nextCursor, long newlyGiven, Instant at) {
    return new GiftRunState(period, nextCursor, given + newlyGiven, nextCursor == null ? walks + 1 : walks, at);
  }
}
