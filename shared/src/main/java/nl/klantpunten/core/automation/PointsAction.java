package nl.klantpunten.core.automation;

import java.util.Locale;

/**
 * What an automation does to each customer's balance, as one entry (or none when nothing changes):
 * <ul>
 *   <li>ADD: credits {@code points};</li>
 *   <li>REMOVE: debits {@code points}, but never below zero: what the balance lacks is reported as the shortfall;</li>
 *   <li>SET: writes the difference between {@code points} and the balance, as one credit or debit.</li>
 * </ul>
 */
public enum PointsAction {
  ADD,
  REMOVE,
  SET;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The change to apply to {@code balance} for {@code points}. */
  public Outcome decide(long points, long balance) {
    return switch (this) {
      case ADD -> new Outcome(points, 0);
      case REMOVE -> {
        long removable = Math.max(0, Math.min(points, balance));
        yield new Outcome(-removable, points - removable);
      }
      case SET -> new Outcome(Math.subtractExact(points, balance), 0);
    };
  }

  /** {@code delta} to write (0: nothing to write); {@code shortfall}: points a REMOVE could not take. */
  public record Outcome(long delta, long shortfall) {}
}
