package nl.klantpunten.core.earning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductEarningTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency JPY = Currency.getInstance("JPY");

  private static Map<String, Object> body(Object mode, Object value) {
    Map<String, Object> m = new HashMap<>();
    m.put("mode", mode);
    m.put("value", value);
    return m;
  }

  private static List<String> errors(Map<String, Object> body) {
    return assertThrows(ValidationException.class, () -> ProductEarning.parse(body)).errors().stream()
        .map(f -> f.field() + ":" + f.rule()).toList();
  }

  @Test
  void fixedIsPointsPerUnitWhateverThePrice() {
    ProductEarning rule = ProductEarning.parse(body("fixed", 5));
    assertEquals(EarningMode.FIXED, rule.mode());
    assertEquals(15, rule.pointsFor(3, Money.parse("x", "0.01", EUR)));
    assertEquals(5, rule.pointsFor(1, Money.parse("x", "999.99", EUR)));
    assertEquals(0, rule.pointsFor(0, Money.parse("x", "10.00", EUR)));
  }

  @Test
  void fixedZeroMeansTheProductEarnsNothing() {
    assertEquals(0, ProductEarning.parse(body("fixed", 0)).pointsFor(10, Money.parse("x", "100.00", EUR)));
  }

  @ParameterizedTest(name = "{0} percent of {1} EUR = {2} points")
  @CsvSource({
      "10, 24.99, 2", "10, 30.00, 3", "10, 9.99, 0", "2.5, 100.00, 2", "2.5, 120.00, 3", "100, 0.99, 0",
      "100, 1.00, 1", "150, 10.00, 15", "0, 500.00, 0", "0.01, 10000.00, 1", "33.33, 3.00, 0", "33.33, 300.00, 99"})
  void percentOfTheLineInWholeCurrencyUnitsFloored(String percent, String line, long expected) {
    ProductEarning rule = ProductEarning.parse(body("percent", new BigDecimal(percent)));
    assertEquals(expected, rule.pointsFor(1, Money.parse("x", line, EUR)));
  }

  @Test
  void percentInAZeroDecimalCurrency() {
    ProductEarning rule = ProductEarning.parse(body("percent", 10));
    assertEquals(249, rule.pointsFor(1, Money.parse("x", "2499", JPY)));
    assertEquals(0, rule.pointsFor(1, Money.parse("x", "9", JPY)));
  }

  @Test
  void percentIgnoresQuantityBecauseTheLineTotalHasIt() {
    ProductEarning rule = ProductEarning.parse(body("percent", "50"));
    assertEquals(10, rule.pointsFor(4, Money.parse("x", "20.00", EUR)));
  }

  @Test
  void percentMayBeAString() {
    assertEquals(0, new BigDecimal("12.5").compareTo(ProductEarning.parse(body("percent", "12.50")).value()));
  }

  @Test
  void rules() {
    assertEquals(List.of("mode:required"), errors(body(null, 5)));
    assertEquals(List.of("mode:enum"), errors(body("double", 5)));
    assertEquals(List.of("value:required"), errors(body("fixed", null)));
    assertEquals(List.of("value:range"), errors(body("fixed", -1)));
    assertEquals(List.of("value:range"), errors(body("fixed", 1_000_001)));
    assertEquals(List.of("value:integer"), errors(body("fixed", new BigDecimal("1.5"))));
    assertEquals(List.of("value:range"), errors(body("percent", new BigDecimal("-0.5"))));
    assertEquals(List.of("value:range"), errors(body("percent", 1001)));
    assertEquals(List.of("value:scale"), errors(body("percent", new BigDecimal("1.234"))));
    assertEquals(List.of("value:decimal"), errors(body("percent", "lots")));
    Map<String, Object> extra = body("fixed", 1);
    extra.put("currency", "EUR");
    assertEquals(List.of("currency:unknown"), errors(extra));
  }
}
