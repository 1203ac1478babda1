package nl.klantpunten.core.segment;

import nl.klantpunten.core.badge.BadgeId;
import nl.klantpunten.core.error.Violations;

/**
 * A group of a program's customers, for automation, periodic gifts and exports: those whose balance lies in
 * {@code [minBalance, maxBalance]} (both inclusive, either side open when null) and, when {@code badge} is set, who
 * hold that badge. At least one criterion is required: "every customer" is the customer list, not a segment.
 */
public record Segment(Long minBalance, Long maxBalance, BadgeId badge) {

  public Segment {
    Violations v = new Violations();
    if (minBalance == null && maxBalance == null && badge == null) {
      v.add("minBalance", "required", "give minBalance, maxBalance or badge");
    }
    if (minBalance != null && maxBalance != null && minBalance > maxBalance) {
      v.add("maxBalance", "range", "must be at least minBalance (" + minBalance + ")");
    }
    v.throwIfAny();
  }

  /** Parses the query parameters {@code minBalance}, {@code maxBalance} and {@code badge}; 400 naming the field. */
  public static Segment parse(String minBalance, String maxBalance, String badge) {
    Violations v = new Violations();
    Long min = whole(v, "minBalance", minBalance);
    Long max = whole(v, "maxBalance", maxBalance);
    BadgeId badgeId = null;
    if (badge != null) {
      if (BadgeId.isValid(badge)) {
        badgeId = new BadgeId(badge);
      } else {
        v.add("badge", "format", "not a badge id: letters, digits and . _ -");
      }
    }
    v.throwIfAny();
    return new Segment(min, max, badgeId);
  }

  public static Segment balanceBetween(Long minBalance, Long maxBalance) {
    return new Segment(minBalance, maxBalance, null);
  }

  public static Segment holding(BadgeId badge) {
    return new Segment(null, null, badge);
  }

  /** The lowest balance in the segment (open: the lowest number). */
  public long lowest() {
    return minBalance == null ? Long.MIN_VALUE : minBalance;
  }

  /** The highest balance in the segment (open: the highest number). */
  public long highest() {
    return maxBalance == null ? Long.MAX_VALUE : maxBalance;
  }

  public boolean hasBalanceRange() {
    return minBalance != null || maxBalance != null;
  }

  public boolean admits(long balance) {
    return balance >= lowest() && balance <= highest();
  }

  private static Long whole(Violations v, String field, String text) {
    if (text == null) {
      return null;
    }
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      v.add(field, "integer", "must be a whole number of points");
      return null;
    }
  }
}
