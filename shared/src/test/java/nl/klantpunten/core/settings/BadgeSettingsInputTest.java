package nl.klantpunten.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.klantpunten.core.badge.BadgeDiscount;
import nl.klantpunten.core.badge.BadgeId;
import nl.klantpunten.core.badge.BadgeMeasure;
import nl.klantpunten.core.error.FieldError;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.money.Money;
import org.junit.jupiter.api.Test;

/** The settings part {@code badges}: merged like {@code earning}, discounts validated rule by rule. */
class BadgeSettingsInputTest {
  static final Currency EUR = Currency.getInstance("EUR");

  private static ProgramSettings apply(ProgramSettings current, Map<String, Object> body) {
    return SettingsInput.apply(current, body, EUR);
  }

  @Test
  void defaultsThenMergePartByPart() {
    ProgramSettings d = ProgramSettings.defaults();
    assertEquals(BadgeSettings.DEFAULT, d.badges());
    ProgramSettings lifetime = apply(d, Map.of("badges", Map.of("measure", "lifetimeEarned", "introText", " Hi ")));
    assertEquals(BadgeMeasure.LIFETIME_EARNED, lifetime.badges().measure());
    assertEquals("Hi", lifetime.badges().introText());
    ProgramSettings earningOnly = apply(lifetime, Map.of("earning", Map.of("enabled", false)));
    assertEquals(lifetime.badges(), earningOnly.badges(), "another part leaves badges alone");
    ProgramSettings keepIntro = apply(lifetime, Map.of("badges", Map.of("measure", "balance")));
    assertEquals("Hi", keepIntro.badges().introText());
    assertNull(apply(lifetime, Map.of("badges", Map.of("introText", ""))).badges().introText(), "\"\" clears it");
  }

  @Test
  void discountsReplaceTheListAsAWhole() {
    ProgramSettings s = apply(ProgramSettings.defaults(), Map.of("badges", Map.of("discounts", List.of(
        Map.of("badgeIds", List.of("gold", "vip"), "percent", 10),
        Map.of("badgeIds", List.of("silver"), "fixedAmount", "2.50", "currency", "EUR")))));
    assertEquals(List.of(BadgeDiscount.percent(Set.of(new BadgeId("gold"), new BadgeId("vip")), 10),
        BadgeDiscount.fixed(Set.of(new BadgeId("silver")), new Money(250, EUR))), s.badges().discounts());
    ProgramSettings fixedAsNumber = apply(s, Map.of("badges", Map.of("discounts", List.of(
        Map.of("badgeIds", List.of("gold"), "fixedAmount", new BigDecimal("5"))))));
    assertEquals(List.of(BadgeDiscount.fixed(Set.of(new BadgeId("gold")), new Money(500, EUR))),
        fixedAsNumber.badges().discounts());
    assertEquals(List.of(), apply(s, Map.of("badges", Map.of("discounts", List.of()))).badges().discounts());
  }

  @Test
  void everyBrokenRuleIsNamedByItsPath() {
    var e = assertThrows(ValidationException.class, () -> apply(ProgramSettings.defaults(), Map.of("badges", Map.of(
        "measure", "spent",
        "discounts", List.of(
            Map.of("badgeIds", List.of("gold"), "percent", 10, "fixedAmount", "1.00"),
            Map.of("badgeIds", List.of(), "percent", 10),
            Map.of("badgeIds", List.of("gold"), "percent", 0),
            Map.of("badgeIds", List.of("gold"), "fixedAmount", "1.001"),
            Map.of("badgeIds", List.of("gold"), "fixedAmount", "1.00", "currency", "USD"),
            "x")))));
    assertEquals(List.of("badges.measure", "badges.discounts[0]", "badges.discounts[1].badgeIds",
            "badges.discounts[2].percent", "badges.discounts[3].fixedAmount", "badges.discounts[4].currency",
            "badges.discounts[5]"),
        e.errors().stream().map(FieldError::field).toList());
  }
}
