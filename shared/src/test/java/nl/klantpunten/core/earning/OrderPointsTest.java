package nl.klantpunten.core.earning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.UnprocessableException;
import nl.klantpunten.core.money.Money;
import nl.klantpunten.core.settings.ActionPoints;
import nl.klantpunten.core.settings.EarningRatio;
import nl.klantpunten.core.settings.EarningSettings;
import nl.klantpunten.core.settings.NegativeBalancePolicy;
import org.junit.jupiter.api.Test;

class OrderPointsTest {
  private static final Currency EUR = Currency.getInstance("EUR");

  /** 10 points per 5.00 EUR (2 points per euro), earn on paid, flags as given. */
  private static EarningSettings settings(boolean tax, boolean shipping, boolean discounted) {
    return new EarningSettings(true, new EarningRatio(10, new BigDecimal("5.00")), OrderStatus.PAID, tax, shipping,
        discounted, NegativeBalancePolicy.CLAMP, ActionPoints.DEFAULT);
  }

  private static Money eur(String amount) {
    return Money.parse("x", amount, EUR);
  }

  private static OrderLine line(String product, long qty, String total, String tax, boolean discounted) {
    return new OrderLine(product == null ? null : new ProductId(product), qty, eur(total), eur(tax), discounted);
  }

  private static Order order(String shipping, String shippingTax, OrderLine... lines) {
    return new Order(new OrderRef(OrderRef.API, "1"), OrderStatus.PAID, EUR,
        new OrderCustomer(new CustomerId("c-1"), "a@example.com", "A"), List.of(lines), eur(shipping),
        eur(shippingTax), eur("1000.00"), List.of());
  }

  @Test
  void ratioFloorsOnceForTheWholeOrderNotPerLine() {
    // 2.40 EUR earns 4.8 points: per line that would be 4 × 4 = 16, once for 9.60 EUR it is 19
    Order o = order("0", "0", line("a", 1, "2.40", "0", false), line("b", 1, "2.40", "0", false),
        line("c", 1, "2.40", "0", false), line("d", 1, "2.40", "0", false));
    PointsBreakdown b = OrderPoints.calculate(o, settings(false, false, true), Map.of());
    assertEquals(19, b.total());
    assertEquals(eur("9.60"), b.ratioAmount());
  }

  @Test
  void taxAndShippingCountOnlyWhenTheSettingsSaySo() {
    Order o = order("4.95", "1.04", line("a", 2, "20.00", "4.20", false));
    assertEquals(40, OrderPoints.calculate(o, settings(false, false, true), Map.of()).total());
    assertEquals(48, OrderPoints.calculate(o, settings(true, false, true), Map.of()).total()); // 24.20
    assertEquals(49, OrderPoints.calculate(o, settings(false, true, true), Map.of()).total()); // 24.95
    assertEquals(60, OrderPoints.calculate(o, settings(true, true, true), Map.of()).total()); // 30.19
  }

  @Test
  void eligibleAmountIsEveryCountedLinePlusCountedShipping() {
    Order o = order("5.00", "1.05", line("a", 1, "10.00", "2.10", false), line("b", 1, "3.00", "0.63", true));
    assertEquals(eur("13.00"), OrderPoints.calculate(o, settings(false, false, true), Map.of()).eligibleAmount());
    assertEquals(eur("21.78"), OrderPoints.calculate(o, settings(true, true, true), Map.of()).eligibleAmount());
    assertEquals(eur("10.00"), OrderPoints.calculate(o, settings(false, false, false), Map.of()).eligibleAmount());
  }

  @Test
  void discountedLinesCanBeLeftOut() {
    Order o = order("0", "0", line("a", 1, "10.00", "0", false), line("b", 1, "10.00", "0", true));
    assertEquals(40, OrderPoints.calculate(o, settings(false, false, true), Map.of()).total());
    PointsBreakdown without = OrderPoints.calculate(o, settings(false, false, false), Map.of());
    assertEquals(20, without.total());
    assertEquals("excluded", without.lines().get(1).basis());
  }

  @Test
  void overridesReplaceTheRatioForTheirLinesAndFloorPerLine() {
    Map<ProductId, ProductEarning> rules = Map.of(
        new ProductId("fixed-5"), new ProductEarning(EarningMode.FIXED, BigDecimal.valueOf(5)),
        new ProductId("ten-pct"), new ProductEarning(EarningMode.PERCENT, BigDecimal.TEN),
        new ProductId("nothing"), new ProductEarning(EarningMode.FIXED, BigDecimal.ZERO));
    Order o = order("0", "0",
        line("fixed-5", 2, "100.00", "0", false), // 10
        line("ten-pct", 1, "24.99", "0", false), // 2.499 → 2
        line("ten-pct", 1, "24.99", "0", false), // again 2: floor per line, not 4.998 → 4
        line("nothing", 3, "60.00", "0", false), // 0
        line("plain", 1, "7.50", "0", false), // ratio
        line(null, 1, "2.50", "0", false)); // ratio (no product)
    PointsBreakdown b = OrderPoints.calculate(o, settings(false, false, true), rules);
    assertEquals(14, b.overridePoints());
    assertEquals(20, b.ratioPoints());
    assertEquals(34, b.total());
    assertEquals(eur("10.00"), b.ratioAmount());
    assertEquals(eur("219.98"), b.eligibleAmount());
    List<String> bases = new ArrayList<>();
    b.lines().forEach(l -> bases.add(l.basis() + "=" + l.points()));
    assertEquals(List.of("fixed=10", "percent=2", "percent=2", "fixed=0", "ratio=0", "ratio=0"), bases);
  }

  @Test
  void percentOverridesIncludeTaxWhenTaxCounts() {
    Map<ProductId, ProductEarning> rules = Map.of(new ProductId("p"),
        new ProductEarning(EarningMode.PERCENT, BigDecimal.valueOf(10)));
    Order o = order("0", "0", line("p", 1, "25.00", "5.25", false));
    assertEquals(2, OrderPoints.calculate(o, settings(false, false, true), rules).total());
    assertEquals(3, OrderPoints.calculate(o, settings(true, false, true), rules).total());
  }

  @Test
  void anEmptyOrderEarnsNothing() {
    assertEquals(0, OrderPoints.calculate(order("0", "0"), settings(true, true, true), Map.of()).total());
  }

  @Test
  void moreThanTheEntryLimitIsRefused() {
    Order huge = order("0", "0", line("a", 1, "600000000.00", "0", false));
    assertThrows(UnprocessableException.class,
        () -> OrderPoints.calculate(huge, settings(false, false, true), Map.of()));
    Map<ProductId, ProductEarning> rules = Map.of(new ProductId("a"),
        new ProductEarning(EarningMode.FIXED, BigDecimal.valueOf(1_000_000)));
    Order many = order("0", "0", line("a", 1_001, "1.00", "0", false));
    assertThrows(UnprocessableException.class, () -> OrderPoints.calculate(many, settings(false, false, true), rules));
  }

  @Test
  void amountsTooLargeToAddUpAreRefusedNotCrashed() {
    Order o = order("0", "0", new OrderLine(null, 1, new Money(Long.MAX_VALUE, EUR), eur("0"), false),
        new OrderLine(null, 1, new Money(Long.MAX_VALUE, EUR), eur("0"), false));
    UnprocessableException e = assertThrows(UnprocessableException.class,
        () -> OrderPoints.calculate(o, settings(false, false, true), Map.of()));
    assertEquals("AMOUNT_OUT_OF_RANGE", e.code());
  }
}
