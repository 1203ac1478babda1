package nl.klantpunten.core.earning;

import java.util.List;
import nl.klantpunten.core.money.Money;

/**
 * How an order's points came about: the amount that earned by the ratio and its points (floored once), each
 * line's basis and points, and the order's eligible amount (every counted line plus counted shipping), which is the
 * base a partial refund's share is measured against.
 */
public record PointsBreakdown(
    Money ratioAmount, long ratioPoints, long overridePoints, Money eligibleAmount, List<LinePoints> lines) {

  public PointsBreakdown {
    lines = List.copyOf(lines);
  }

  public long total() {
    return Math.addExact(ratioPoints, overridePoints);
  }

  /** One line's share: {@code basis} is ratio, fixed, percent or excluded; ratio lines show points only in total. */
  public record LinePoints(int index, ProductId productId, String basis, Money amount, long points) {}
}
