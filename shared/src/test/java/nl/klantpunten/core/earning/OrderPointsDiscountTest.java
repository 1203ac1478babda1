package nl.klantpunten.core.earning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.money.Money;
import nl.klantpunten.core.settings.ActionPoints;
import nl.klantpunten.core.settings.EarningRatio;
import nl.klantpunten.core.settings.EarningSettings;
import nl.klantpunten.core.settings.NegativeBalancePolicy;
import org.junit.jupiter.api.Test;

/** An order that used points earns on what was paid after the points discount; the discount never earns back. */
class OrderPointsDiscountTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  /** 10 points per 5.00 EUR. */
  private static final EarningSettings TWO_PER_EURO = new EarningSettings(true,
      new EarningRatio(10, new BigDecimal("5.00")), OrderStatus.PAID, false, false, true, NegativeBalancePolicy.CLAMP,
      ActionPoints.DEFAULT);

  private static Money eur(String amount) {
    return Money.parse("x", amount, EUR);
  }

  private static Order order(OrderLine... lines) {
    return new Order(new OrderRef(OrderRef.API, "1"), OrderStatus.PAID, EUR,
        new OrderCustomer(new CustomerId("c-1"), null, null), List.of(lines), eur("0"), eur("0"), eur("100.00"),
        List.of(), "chk-1");
  }

  private static OrderLine line(String product, String total) {
    return new OrderLine(new ProductId(product), 1, eur(total), eur("0"), false);
  }

  @Test
  void theDiscountComesOffTheRatioAmountBeforeTheOneFloor() {
    Order o = order(line("a", "12.34"), line("b", "7.66"));
    assertEquals(40, OrderPoints.calculate(o, TWO_PER_EURO, Map.of()).total());
    PointsBreakdown b = OrderPoints.calculate(o, TWO_PER_EURO, Map.of(), eur("5.00"));
    assertEquals(30, b.total(), "15.00 paid");
    assertEquals(eur("15.00"), b.ratioAmount());
    assertEquals(eur("15.00"), b.eligibleAmount());
    assertEquals(29, OrderPoints.calculate(o, TWO_PER_EURO, Map.of(), eur("5.01")).total(), "14.99 → 29.98 → 29");
  }

  @Test
  void aDiscountLargerThanTheRatioAmountLeavesZeroNeverNegative() {
    Order o = order(line("a", "3.00"));
    assertEquals(0, OrderPoints.calculate(o, TWO_PER_EURO, Map.of(), eur("10.00")).total());
    assertEquals(eur("0.00"), OrderPoints.calculate(o, TWO_PER_EURO, Map.of(), eur("10.00")).ratioAmount());
  }

  @Test
  void linesWithTheirOwnProductRuleKeepTheirRule() {
    Order o = order(line("fixed", "10.00"), line("a", "10.00"));
    Map<ProductId, ProductEarning> rules = Map.of(new ProductId("fixed"),
        ProductEarning.parse(Map.of("mode", "fixed", "value", 5)));
    assertEquals(5 + 20, OrderPoints.calculate(o, TWO_PER_EURO, rules).total());
    assertEquals(5 + 10, OrderPoints.calculate(o, TWO_PER_EURO, rules, eur("5.00")).total());
  }
}
