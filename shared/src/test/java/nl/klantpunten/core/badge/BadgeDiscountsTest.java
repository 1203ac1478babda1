package nl.klantpunten.core.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Currency;
import java.util.List;
import java.util.Set;
import nl.klantpunten.core.money.Money;
import org.junit.jupiter.api.Test;

/** Badge discounts: which rule applies, percent rounding down, caps, currencies. */
class BadgeDiscountsTest {
  static final Currency EUR = Currency.getInstance("EUR");
  static final Currency JPY = Currency.getInstance("JPY");
  static final BadgeId GOLD = new BadgeId("gold");
  static final BadgeId SILVER = new BadgeId("silver");
  static final BadgeId VIP = new BadgeId("vip");

  static Money eur(long cents) {
    return new Money(cents, EUR);
  }

  @Test
  void percentRoundsDownToTheMinorUnit() {
    BadgeDiscount tenPercent = BadgeDiscount.percent(Set.of(GOLD), 10);
    assertEquals(eur(199), BadgeDiscounts.amountOf(tenPercent, eur(1999)), "10% of 19.99 is 1.999 → 1.99");
    assertEquals(eur(0), BadgeDiscounts.amountOf(tenPercent, eur(9)), "10% of 0.09 is 0.009 → 0.00");
    BadgeDiscount third = BadgeDiscount.percent(Set.of(GOLD), 33);
    assertEquals(new Money(33, JPY), BadgeDiscounts.amountOf(third, new Money(101, JPY)), "no decimals in JPY");
  }

  @Test
  void aFixedAmountNeverExceedsTheCart() {
    BadgeDiscount five = BadgeDiscount.fixed(Set.of(GOLD), eur(500));
    assertEquals(eur(500), BadgeDiscounts.amountOf(five, eur(2000)));
    assertEquals(eur(350), BadgeDiscounts.amountOf(five, eur(350)));
    assertThrows(IllegalArgumentException.class,
        () -> BadgeDiscounts.amountOf(five, new Money(1000, Currency.getInstance("USD"))));
  }

  @Test
  void theLargestApplicableRuleWinsAndRulesDoNotAddUp() {
    List<BadgeDiscount> rules = List.of(BadgeDiscount.percent(Set.of(SILVER, GOLD), 5),
        BadgeDiscount.fixed(Set.of(GOLD), eur(300)), BadgeDiscount.percent(Set.of(VIP), 50));
    var applied = BadgeDiscounts.best(rules, Set.of(GOLD), eur(10_000)).orElseThrow();
    assertEquals(eur(500), applied.amount(), "5% of 100.00 beats 3.00");
    assertEquals(GOLD, applied.badge());
    var smallCart = BadgeDiscounts.best(rules, Set.of(GOLD), eur(2_000)).orElseThrow();
    assertEquals(eur(300), smallCart.amount(), "3.00 beats 5% of 20.00");
    assertEquals(eur(50), BadgeDiscounts.best(rules, Set.of(SILVER), eur(1_000)).orElseThrow().amount(),
        "any one listed badge qualifies");
  }

  @Test
  void noHeldBadgeNoRuleOrNoCartMeansNoDiscount() {
    List<BadgeDiscount> rules = List.of(BadgeDiscount.percent(Set.of(GOLD), 10));
    assertTrue(BadgeDiscounts.best(rules, Set.of(SILVER), eur(1000)).isEmpty());
    assertTrue(BadgeDiscounts.best(List.of(), Set.of(GOLD), eur(1000)).isEmpty());
    assertTrue(BadgeDiscounts.best(rules, Set.of(GOLD), eur(0)).isEmpty());
    assertTrue(BadgeDiscounts.best(rules, Set.of(GOLD), eur(-500)).isEmpty());
  }

  @Test
  void aRuleIsAPercentOrAFixedAmountNeverBothAndNamesABadge() {
    assertThrows(IllegalArgumentException.class, () -> new BadgeDiscount(Set.of(GOLD), 10, eur(100)));
    assertThrows(IllegalArgumentException.class, () -> new BadgeDiscount(Set.of(GOLD), null, null));
    assertThrows(IllegalArgumentException.class, () -> BadgeDiscount.percent(Set.of(), 10));
    assertThrows(IllegalArgumentException.class, () -> BadgeDiscount.percent(Set.of(GOLD), 101));
    assertThrows(IllegalArgumentException.class, () -> BadgeDiscount.fixed(Set.of(GOLD), eur(0)));
  }
}
