package nl.klantpunten.core.earning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.klantpunten.core.error.UnprocessableException;
import nl.klantpunten.core.ledger.PointsRules;
import nl.klantpunten.core.money.Money;
import nl.klantpunten.core.settings.EarningSettings;

/**
 * The points an order earns under a program's settings and its products' own rules.
 *
 * <ol>
 *   <li>A line counts with its total after discounts, plus its tax when {@code includeTax}. A discounted line
 *       counts only when {@code includeDiscountedLines} (a line is discounted when the source says so). A line
 *       selling a gift card counts only when {@code giftCards}: the money earns when the card is spent.
 *   <li>A line whose product has its own rule earns by that rule ({@link ProductEarning}), floored per line.
 *   <li>Every other counted line, plus shipping when {@code includeShipping} (and shipping tax when both are on),
 *       adds to one ratio amount; the ratio turns it into points with ONE floor for the whole order.
 * </ol>
 *
 * <p>A points discount (redemption at checkout) is taken off the ratio amount: the customer did not pay it, so it
 * never earns points back. Lines with their own product rule keep their rule.
 *
 * An order earning more than {@link PointsRules#MAX_POINTS_PER_ENTRY} points is refused (422), nothing written.
 */
public final class OrderPoints {
  private OrderPoints() {}

  public static PointsBreakdown calculate(Order order, EarningSettings settings,
      Map<ProductId, ProductEarning> overrides) {
    return calculate(order, settings, overrides, Money.zero(order.currency()));
  }

  /**
   * As above for an order that got {@code pointsDiscount} for redeemed points: the discount is not money paid, so it
   * comes off the ratio amount (never below zero) and off the eligible amount before the ratio's one floor.
   */
  public static PointsBreakdown calculate(Order order, EarningSettings settings,
      Map<ProductId, ProductEarning> overrides, Money pointsDiscount) {
    try {
      return sum(order, settings, overrides, pointsDiscount);
    } catch (ArithmeticException tooLarge) {
      throw new UnprocessableException("AMOUNT_OUT_OF_RANGE",
          "this order's amounts are too large to add up; nothing was recorded");
    }
  }

  private static PointsBreakdown sum(Order order, EarningSettings settings, Map<ProductId, ProductEarning> overrides,
      Money pointsDiscount) {
    Money zero = Money.zero(order.currency());
    Money ratioAmount = zero;
    Money eligible = zero;
    long overridePoints = 0;
    List<PointsBreakdown.LinePoints> lines = new ArrayList<>();
    for (int i = 0; i < order.lines().size(); i++) {
      OrderLine line = order.lines().get(i);
      Money amount = line.eligibleAmount(settings.includeTax());
      if (line.giftCard() && !settings.giftCards()) {
        lines.add(new PointsBreakdown.LinePoints(i, line.productId(), "giftCard", amount, 0));
        continue;
      }
      if (line.discounted() && !settings.includeDiscountedLines()) {
        lines.add(new PointsBreakdown.LinePoints(i, line.productId(), "excluded", amount, 0));
        continue;
      }
      eligible = eligible.plus(amount);
      ProductEarning rule = line.productId() == null ? null : overrides.get(line.productId());
      if (rule == null) {
        ratioAmount = ratioAmount.plus(amount);
        lines.add(new PointsBreakdown.LinePoints(i, line.productId(), "ratio", amount, 0));
      } else {
        long points = rule.pointsFor(line.quantity(), amount);
        overridePoints = Math.addExact(overridePoints, Math.min(points, PointsRules.MAX_POINTS_PER_ENTRY + 1));
        lines.add(new PointsBreakdown.LinePoints(i, line.productId(), rule.mode().wireName(), amount, points));
      }
    }
    if (settings.includeShipping()) {
      Money shipping = settings.includeTax() ? order.shipping().plus(order.shippingTax()) : order.shipping();
      ratioAmount = ratioAmount.plus(shipping);
      eligible = eligible.plus(shipping);
    }
    if (pointsDiscount.minorUnits() > 0) {
      Money off = new Money(Math.min(pointsDiscount.minorUnits(), ratioAmount.minorUnits()), order.currency());
      ratioAmount = ratioAmount.minus(off);
      eligible = eligible.minus(off);
    }
    long ratioPoints = settings.ratio().pointsFor(ratioAmount);
    PointsBreakdown breakdown = new PointsBreakdown(ratioAmount, ratioPoints, overridePoints, eligible, lines);
    if (ratioPoints > PointsRules.MAX_POINTS_PER_ENTRY || overridePoints > PointsRules.MAX_POINTS_PER_ENTRY
        || breakdown.total() > PointsRules.MAX_POINTS_PER_ENTRY) {
      throw new UnprocessableException("POINTS_OUT_OF_RANGE",
          "this order would earn more than " + PointsRules.MAX_POINTS_PER_ENTRY + " points; nothing was recorded");
    }
    return breakdown;
  }
}
