package nl.klantpunten.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.klantpunten.core.earning.ProductId;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.redemption.Conversion;
import nl.klantpunten.core.redemption.MaxDiscount;
import nl.klantpunten.core.redemption.RedemptionSettings;
import org.junit.jupiter.api.Test;

/** The {@code redemption} part of PUT /v1/settings: merged field by field, every mistake named by its path. */
class RedemptionSettingsInputTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency JPY = Currency.getInstance("JPY");

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static RedemptionSettings apply(ProgramSettings current, Map<String, Object> redemption) {
    return SettingsInput.apply(current, map("redemption", redemption), EUR).redemption();
  }

  private static List<String> errors(Map<String, Object> redemption, Currency currency) {
    ValidationException e = assertThrows(ValidationException.class,
        () -> SettingsInput.apply(ProgramSettings.defaults(), map("redemption", redemption), currency));
    return e.errors().stream().map(f -> f.field() + ":" + f.rule()).toList();
  }

  @Test
  void defaultsAreOffAHundredPointsPerUnitThirtyMinutesAndRefundsReturn() {
    RedemptionSettings d = ProgramSettings.defaults().redemption();
    assertFalse(d.enabled());
    assertEquals(100, d.conversion().points());
    assertEquals("1.00", d.conversion().amountText(EUR));
    assertEquals(0, d.minBalance());
    assertEquals(0, BigDecimal.ZERO.compareTo(d.minCartAmount()));
    assertEquals(MaxDiscount.NONE, d.maxDiscount());
    assertFalse(d.excludeDiscounted());
    assertTrue(d.excludeProducts().isEmpty() && d.onlyProducts().isEmpty());
    assertEquals(30, d.reservationMinutes());
    assertTrue(d.refundReturnsRedeemed());
  }

  @Test
  void everyFieldIsRead() {
    RedemptionSettings r = apply(ProgramSettings.defaults(), map(
        "enabled", true,
        "conversion", map("points", 50, "amount", "0.50", "currency", "EUR"),
        "minBalance", 500,
        "minCartAmount", "20.00",
        "maxDiscount", map("type", "percent", "percent", 40),
        "excludeDiscounted", true,
        "excludeProducts", List.of("gift-card", "sku-9"),
        "reservationMinutes", 45,
        "refundReturnsRedeemed", false));
    assertTrue(r.enabled());
    assertEquals(new Conversion(50, new BigDecimal("0.5")), r.conversion());
    assertEquals("0.50", r.conversion().amountText(EUR));
    assertEquals(50, r.conversion().stepMinor(EUR));
    assertEquals(500, r.minBalance());
    assertEquals(0, new BigDecimal("20").compareTo(r.minCartAmount()));
    assertEquals(MaxDiscount.percent(40), r.maxDiscount());
    assertTrue(r.excludeDiscounted());
    assertEquals(Set.of(new ProductId("gift-card"), new ProductId("sku-9")), r.excludeProducts());
    assertEquals(45, r.reservationMinutes());
    assertFalse(r.refundReturnsRedeemed());
  }

  @Test
  void fieldsLeftOutKeepTheirValueAndEarningIsUntouched() {
    ProgramSettings first = SettingsInput.apply(ProgramSettings.defaults(), map(
        "earning", map("ratio", map("points", 10)),
        "redemption", map("enabled", true, "conversion", map("points", 200), "maxDiscount",
            map("type", "fixed", "amount", "15"), "onlyProducts", null)), EUR);
    ProgramSettings second = SettingsInput.apply(first, map("redemption", map("conversion", map("amount", "2.5"))),
        EUR);
    assertTrue(second.redemption().enabled());
    assertEquals(new Conversion(200, new BigDecimal("2.5")), second.redemption().conversion());
    assertEquals(MaxDiscount.fixed(new BigDecimal("15")), second.redemption().maxDiscount());
    assertEquals(10, second.earning().ratio().points(), "the earning part is another part");
    ProgramSettings third = SettingsInput.apply(second, map("redemption", map("maxDiscount", map("type", "none"))),
        EUR);
    assertEquals(MaxDiscount.NONE, third.redemption().maxDiscount());
    ProgramSettings onlyEarning = SettingsInput.apply(third, map("earning", map("enabled", false)), EUR);
    assertEquals(third.redemption(), onlyEarning.redemption());
  }

  @Test
  void productListsAreReplacedWholeAndAreExclusive() {
    ProgramSettings excluded = SettingsInput.apply(ProgramSettings.defaults(),
        map("redemption", map("excludeProducts", List.of("a", "b"))), EUR);
    assertEquals(List.of("redemption.onlyProducts:exclusive"), errorsFrom(excluded,
        map("onlyProducts", List.of("c"))));
    RedemptionSettings switched = apply(excluded, map("excludeProducts", List.of(), "onlyProducts", List.of("c")));
    assertTrue(switched.excludeProducts().isEmpty());
    assertEquals(Set.of(new ProductId("c")), switched.onlyProducts());
    assertTrue(switched.productCounts(new ProductId("c")));
    assertFalse(switched.productCounts(new ProductId("a")));
    assertFalse(switched.productCounts(null), "a line without product is not in an only-products list");
    assertTrue(excluded.redemption().productCounts(null));
    assertFalse(excluded.redemption().productCounts(new ProductId("b")));
  }

  private static List<String> errorsFrom(ProgramSettings current, Map<String, Object> redemption) {
    ValidationException e = assertThrows(ValidationException.class,
        () -> SettingsInput.apply(current, map("redemption", redemption), EUR));
    return e.errors().stream().map(f -> f.field() + ":" + f.rule()).toList();
  }

  @Test
  void everyBrokenRuleIsNamedByItsPath() {
    assertEquals(List.of("redemption.colour:unknown", "redemption.conversion.currency:readOnly",
            "redemption.conversion.points:range", "redemption.conversion.amount:scale",
            "redemption.minBalance:range", "redemption.minCartAmount:range", "redemption.maxDiscount.percent:range",
            "redemption.excludeProducts[1]:format", "redemption.reservationMinutes:range",
            "redemption.refundReturnsRedeemed:type"),
        errors(map("colour", "red",
            "conversion", map("points", 0, "amount", "1.001", "currency", "USD"),
            "minBalance", -1,
            "minCartAmount", "-5",
            "maxDiscount", map("type", "percent", "percent", 101),
            "excludeProducts", List.of("ok", "bad#id"),
            "reservationMinutes", 0,
            "refundReturnsRedeemed", "yes"), EUR));
  }

  @Test
  void edgesOfEachRange() {
    assertEquals(List.of("redemption.conversion.points:range"),
        errors(map("conversion", map("points", 1_000_001)), EUR));
    assertEquals(List.of("redemption.conversion.points:integer"),
        errors(map("conversion", map("points", new BigDecimal("100.5"))), EUR));
    assertEquals(List.of("redemption.conversion.amount:range"), errors(map("conversion", map("amount", "0")), EUR));
    assertEquals(List.of("redemption.conversion.amount:range"),
        errors(map("conversion", map("amount", "1000000.01")), EUR));
    assertEquals(List.of("redemption.conversion.amount:scale"), errors(map("conversion", map("amount", "1.5")), JPY),
        "JPY has no minor unit");
    assertEquals(List.of("redemption.reservationMinutes:range"), errors(map("reservationMinutes", 1441), EUR));
    assertEquals(1440, apply(ProgramSettings.defaults(), map("reservationMinutes", 1440)).reservationMinutes());
    assertEquals(1, apply(ProgramSettings.defaults(), map("reservationMinutes", 1)).reservationMinutes());
    assertEquals(List.of("redemption.maxDiscount.type:required"), errors(map("maxDiscount", map("percent", 5)), EUR));
    assertEquals(List.of("redemption.maxDiscount.type:enum"), errors(map("maxDiscount", map("type", "all")), EUR));
    assertEquals(List.of("redemption.maxDiscount.amount:required"),
        errors(map("maxDiscount", map("type", "fixed")), EUR));
    assertEquals(List.of("redemption.maxDiscount.amount:range"),
        errors(map("maxDiscount", map("type", "fixed", "amount", "0")), EUR));
    assertEquals(List.of("redemption.maxDiscount.percent:unexpected"),
        errors(map("maxDiscount", map("type", "fixed", "amount", "5", "percent", 5)), EUR));
    assertEquals(List.of("redemption.maxDiscount.percent:required"),
        errors(map("maxDiscount", map("type", "percent")), EUR));
    assertEquals(List.of("redemption.maxDiscount.percent:range"),
        errors(map("maxDiscount", map("type", "percent", "percent", 0)), EUR));
    assertEquals(List.of("redemption.excludeProducts:type"), errors(map("excludeProducts", "sku-1"), EUR));
    assertEquals(List.of("redemption.excludeProducts[0]:format"), errors(map("excludeProducts", List.of(5)), EUR));
    assertEquals(List.of("redemption:type"), errorsOfTop(map("redemption", "on")));
    assertEquals(0, new BigDecimal("0").compareTo(
        apply(ProgramSettings.defaults(), map("minCartAmount", "0")).minCartAmount()), "zero minimum is allowed");
  }

  private static List<String> errorsOfTop(Map<String, Object> body) {
    ValidationException e = assertThrows(ValidationException.class,
        () -> SettingsInput.apply(ProgramSettings.defaults(), body, EUR));
    return e.errors().stream().map(f -> f.field() + ":" + f.rule()).toList();
  }
}
