package nl.klantpunten.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.core.earning.OrderStatus;
import nl.klantpunten.core.error.FieldError;
import nl.klantpunten.core.error.ValidationException;
import org.junit.jupiter.api.Test;

class SettingsInputTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency JPY = Currency.getInstance("JPY");

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static List<String> errors(Map<String, Object> body, Currency currency) {
    ValidationException e = assertThrows(ValidationException.class,
        () -> SettingsInput.apply(ProgramSettings.defaults(), body, currency));
    return e.errors().stream().map(f -> f.field() + ":" + f.rule()).toList();
  }

  @Test
  void defaultsAreOnOnePointPerUnitEarnOnPaidNothingExtra() {
    EarningSettings d = ProgramSettings.defaults().earning();
    assertTrue(d.enabled());
    assertEquals(1, d.ratio().points());
    assertEquals(0, BigDecimal.ONE.compareTo(d.ratio().amount()));
    assertEquals(OrderStatus.PAID, d.earnOn());
    assertFalse(d.includeTax());
    assertFalse(d.includeShipping());
    assertTrue(d.includeDiscountedLines());
    assertEquals(NegativeBalancePolicy.CLAMP, d.negativeBalance());
    assertEquals(ActionPoints.DEFAULT, d.actions());
    assertEquals(0, ProgramSettings.defaults().version());
  }

  @Test
  void everyFieldIsRead() {
    ProgramSettings s = SettingsInput.apply(ProgramSettings.defaults(), map("earning", map(
        "enabled", false,
        "ratio", map("points", 10, "amount", "5.00"),
        "earnOn", "completed",
        "includeTax", true,
        "includeShipping", true,
        "includeDiscountedLines", false,
        "negativeBalance", "allowNegative",
        "actions", map("registration", 50, "newsletterSignup", 25, "review", 10, "reviewMode", "once"))), EUR);
    EarningSettings e = s.earning();
    assertFalse(e.enabled());
    assertEquals(10, e.ratio().points());
    assertEquals("5.00", e.ratio().amountText(EUR));
    assertEquals(OrderStatus.COMPLETED, e.earnOn());
    assertTrue(e.includeTax());
    assertTrue(e.includeShipping());
    assertFalse(e.includeDiscountedLines());
    assertEquals(NegativeBalancePolicy.ALLOW_NEGATIVE, e.negativeBalance());
    assertEquals(new ActionPoints(50, 25, 10, ReviewMode.ONCE), e.actions());
  }

  @Test
  void fieldsLeftOutKeepTheirCurrentValue() {
    ProgramSettings first = SettingsInput.apply(ProgramSettings.defaults(),
        map("earning", map("ratio", map("points", 10, "amount", "5"), "actions", map("review", 7))), EUR);
    ProgramSettings second = SettingsInput.apply(first, map("earning", map("enabled", false)), EUR);
    assertFalse(second.earning().enabled());
    assertEquals(first.earning().ratio(), second.earning().ratio(), "turning earning off keeps the ratio");
    assertEquals(7, second.earning().actions().review());
    ProgramSettings third = SettingsInput.apply(second, map("earning", map("ratio", map("points", 3))), EUR);
    assertEquals(3, third.earning().ratio().points());
    assertEquals(0, new BigDecimal("5").compareTo(third.earning().ratio().amount()));
  }

  @Test
  void readOnlyFieldsOfAGetAreAccepted() {
    ProgramSettings s = SettingsInput.apply(ProgramSettings.defaults(),
        map("version", 3, "updatedAt", "2026-01-01T00:00:00Z", "updatedBy", "k", "earning", map("enabled", true)),
        EUR);
    assertTrue(s.earning().enabled());
  }

  @Test
  void numbersAreReadExactlyWhateverTheirJsonType() {
    ProgramSettings s = SettingsInput.apply(ProgramSettings.defaults(), map("earning", map(
        "ratio", map("points", new BigDecimal("10.0"), "amount", new BigDecimal("2.5")),
        "actions", map("registration", BigInteger.valueOf(5)))), EUR);
    assertEquals(10, s.earning().ratio().points());
    assertEquals("2.50", s.earning().ratio().amountText(EUR));
    assertEquals(5, s.earning().actions().registration());
  }

  @Test
  void ratioRules() {
    assertEquals(List.of("earning.ratio.points:range"),
        errors(map("earning", map("ratio", map("points", 0))), EUR));
    assertEquals(List.of("earning.ratio.points:range"),
        errors(map("earning", map("ratio", map("points", 1_000_001))), EUR));
    assertEquals(List.of("earning.ratio.points:integer"),
        errors(map("earning", map("ratio", map("points", new BigDecimal("1.5")))), EUR));
    assertEquals(List.of("earning.ratio.amount:range"),
        errors(map("earning", map("ratio", map("amount", "0"))), EUR));
    assertEquals(List.of("earning.ratio.amount:range"),
        errors(map("earning", map("ratio", map("amount", "-5"))), EUR));
    assertEquals(List.of("earning.ratio.amount:range"),
        errors(map("earning", map("ratio", map("amount", "1000000.01"))), EUR));
    assertEquals(List.of("earning.ratio.amount:scale"),
        errors(map("earning", map("ratio", map("amount", "5.001"))), EUR));
    assertEquals(List.of("earning.ratio.amount:scale"),
        errors(map("earning", map("ratio", map("amount", "1.5"))), JPY));
    assertEquals(List.of("earning.ratio.amount:decimal"),
        errors(map("earning", map("ratio", map("amount", "five"))), EUR));
    assertEquals(List.of("earning.ratio.amount:decimal"),
        errors(map("earning", map("ratio", map("amount", true))), EUR));
  }

  @Test
  void theRatiosCurrencyIsTheProgramsAndCannotChange() {
    ProgramSettings same = SettingsInput.apply(ProgramSettings.defaults(),
        map("earning", map("ratio", map("points", 2, "currency", "EUR"))), EUR);
    assertEquals(2, same.earning().ratio().points());
    assertEquals(List.of("earning.ratio.currency:readOnly"),
        errors(map("earning", map("ratio", map("currency", "USD"))), EUR));
  }

  @Test
  void trailingZerosBeyondTheCurrencysDecimalsAreFine() {
    ProgramSettings s = SettingsInput.apply(ProgramSettings.defaults(),
        map("earning", map("ratio", map("points", 1, "amount", "100.00"))), JPY);
    assertEquals("100", s.earning().ratio().amountText(JPY));
  }

  @Test
  void enumsAndBooleans() {
    assertEquals(List.of("earning.earnOn:enum"), errors(map("earning", map("earnOn", "cancelled")), EUR));
    assertEquals(List.of("earning.earnOn:enum"), errors(map("earning", map("earnOn", "PAID")), EUR));
    assertEquals(List.of("earning.negativeBalance:enum"),
        errors(map("earning", map("negativeBalance", "negative")), EUR));
    assertEquals(List.of("earning.includeTax:type"), errors(map("earning", map("includeTax", "yes")), EUR));
    assertEquals(List.of("earning.enabled:type"), errors(map("earning", map("enabled", 1)), EUR));
    assertEquals(List.of("earning.actions.reviewMode:enum"),
        errors(map("earning", map("actions", map("reviewMode", "twice"))), EUR));
  }

  @Test
  void actionPointsAreZeroToAMillion() {
    assertEquals(List.of("earning.actions.review:range"),
        errors(map("earning", map("actions", map("review", -1))), EUR));
    assertEquals(List.of("earning.actions.registration:range"),
        errors(map("earning", map("actions", map("registration", 1_000_001))), EUR));
    ProgramSettings zero = SettingsInput.apply(ProgramSettings.defaults(),
        map("earning", map("actions", map("newsletterSignup", 0))), EUR);
    assertEquals(0, zero.earning().actions().newsletterSignup());
  }

  @Test
  void unknownFieldsAndWrongShapesAreNamed() {
    assertEquals(List.of("earning.ratioo:unknown"), errors(map("earning", map("ratioo", 1)), EUR));
    assertEquals(List.of("colour:unknown"), errors(map("colour", "red"), EUR));
    assertEquals(List.of("earning:type"), errors(map("earning", 5), EUR));
    assertEquals(List.of("earning.ratio:type"), errors(map("earning", map("ratio", "10/5")), EUR));
    assertEquals(List.of("earning.actions.likes:unknown"),
        errors(map("earning", map("actions", map("likes", 1))), EUR));
  }

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    List<String> all = errors(map("earning", map("ratio", map("points", 0, "amount", "x"), "earnOn", "soon",
        "actions", map("review", -5))), EUR);
    assertEquals(List.of("earning.ratio.points:range", "earning.ratio.amount:decimal", "earning.earnOn:enum",
        "earning.actions.review:range"), all);
  }

  @Test
  void errorsCarryAMessage() {
    ValidationException e = assertThrows(ValidationException.class, () -> SettingsInput.apply(
        ProgramSettings.defaults(), map("earning", map("ratio", map("points", 0))), EUR));
    FieldError f = e.errors().get(0);
    assertFalse(f.message().isBlank());
  }
}
