package nl.klantpunten.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Currency;
import nl.klantpunten.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EarningRatioTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency JPY = Currency.getInstance("JPY");
  private static final Currency CLP = Currency.getInstance("CLP");

  private static long points(long per, String amount, String spent, Currency currency) {
    return new EarningRatio(per, new BigDecimal(amount)).pointsFor(Money.parse("x", spent, currency));
  }

  @ParameterizedTest(name = "10 points per 5.00 EUR: {0} EUR earns {1}")
  @CsvSource({
      "0.00, 0", "0.01, 0", "0.49, 0", "0.50, 1", "4.99, 9", "5.00, 10", "5.01, 10", "12.34, 24", "99.99, 199",
      "100.00, 200"})
  void tenPointsPerFiveEuroFloors(String spent, long expected) {
    assertEquals(expected, points(10, "5.00", spent, EUR));
  }

  @ParameterizedTest(name = "1 point per 100 JPY: {0} JPY earns {1}")
  @CsvSource({"0, 0", "99, 0", "100, 1", "199, 1", "1999, 19", "150000, 1500"})
  void zeroDecimalCurrencyCountsWholeYen(String spent, long expected) {
    assertEquals(expected, points(1, "100", spent, JPY));
  }

  @Test
  void chileanPesoHasNoMinorUnitEither() {
    assertEquals(18, points(1, "1000", "18000", CLP));
    assertEquals(18_000, new EarningRatio(1, BigDecimal.ONE).pointsFor(Money.parse("x", "18000", CLP)));
  }

  @Test
  void fractionalAmountsArePerMinorUnitExact() {
    assertEquals(30, points(3, "0.10", "1.00", EUR));
    assertEquals(29, points(3, "0.10", "0.99", EUR));
    assertEquals(1, points(1, "0.01", "0.01", EUR));
  }

  @Test
  void defaultIsOnePointPerWholeCurrencyUnit() {
    assertEquals(12, EarningRatio.DEFAULT.pointsFor(Money.parse("x", "12.99", EUR)));
    assertEquals(1299, EarningRatio.DEFAULT.pointsFor(Money.parse("x", "1299", JPY)));
  }

  @Test
  void negativeAmountsEarnNothing() {
    assertEquals(0, new EarningRatio(10, BigDecimal.ONE).pointsFor(new Money(-500, EUR)));
  }

  @Test
  void hugeAmountsDoNotOverflow() {
    long points = new EarningRatio(EarningRatio.MAX_POINTS, new BigDecimal("0.01"))
        .pointsFor(new Money(Long.MAX_VALUE, EUR));
    assertEquals(Long.MAX_VALUE, points, "capped, never wrapped to a negative number");
  }

  @Test
  void amountIsShownWithTheCurrencysDecimals() {
    assertEquals("5.00", new EarningRatio(10, new BigDecimal("5")).amountText(EUR));
    assertEquals("500", new EarningRatio(10, new BigDecimal("500")).amountText(JPY));
    assertEquals(500, new EarningRatio(10, new BigDecimal("5.00")).amountInMinorUnits(EUR).longValue());
  }
}
