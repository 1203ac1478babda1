package nl.klantpunten.core.redemption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import nl.klantpunten.core.earning.ProductId;
import nl.klantpunten.core.error.UnprocessableException;
import nl.klantpunten.core.money.Money;
import org.junit.jupiter.api.Test;

/** Every redemption rule, its reason code and the rounding at its edges. */
class RedemptionRulesTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency JPY = Currency.getInstance("JPY");
  /** On, 100 points = 1.00 EUR, nothing else. */
  private static final RedemptionSettings ON = new RedemptionSettings(true, Conversion.DEFAULT, 0, BigDecimal.ZERO,
      MaxDiscount.NONE, false, Set.of(), Set.of(), 30, true);

  private static Money eur(String decimal) {
    return Money.parse("amount", decimal, EUR);
  }

  private static CartLine line(String product, long quantity, String unitPrice, boolean discounted) {
    return new CartLine(product == null ? null : new ProductId(product), quantity, eur(unitPrice), discounted);
  }

  private static Cart cart(CartLine... lines) {
    return new Cart(EUR, List.of(lines));
  }

  private static RedemptionSettings with(MaxDiscount max) {
    return new RedemptionSettings(true, Conversion.DEFAULT, 0, BigDecimal.ZERO, max, false, Set.of(), Set.of(), 30,
        true);
  }

  @Test
  void theLargestRedemptionIsLimitedByTheBalanceInWholeSteps() {
    RedemptionQuote q = RedemptionRules.quote(ON, EUR, cart(line("a", 2, "25.00", false)), 1_234L, null);
    assertEquals(eur("50.00"), q.cartAmount());
    assertEquals(eur("50.00"), q.eligibleAmount());
    assertEquals(1_200, q.maxPoints(), "1234 points are 12 whole steps of 100");
    assertEquals(eur("12.00"), q.maxDiscount());
    assertTrue(q.redeemable());
    assertEquals(List.of(), q.reasons());
  }

  @Test
  void theLargestRedemptionIsLimitedByTheEligibleAmountRoundedDown() {
    RedemptionQuote q = RedemptionRules.quote(ON, EUR, cart(line("a", 1, "7.99", false)), 100_000L, null);
    assertEquals(700, q.maxPoints(), "7.99 allows 7 whole steps of 1.00: points to money rounds down");
    assertEquals(eur("7.00"), q.maxDiscount());
    assertTrue(q.maxDiscount().minorUnits() <= q.eligibleAmount().minorUnits());
  }

  @Test
  void exactlyOneStepAndJustBelowIt() {
    assertEquals(100, RedemptionRules.quote(ON, EUR, cart(line("a", 1, "1.00", false)), 100L, null).maxPoints());
    RedemptionQuote belowBalance = RedemptionRules.quote(ON, EUR, cart(line("a", 1, "1.00", false)), 99L, null);
    assertEquals(0, belowBalance.maxPoints());
    assertEquals(List.of(QuoteReason.INSUFFICIENT_BALANCE), belowBalance.reasons());
    RedemptionQuote belowAmount = RedemptionRules.quote(ON, EUR, cart(line("a", 1, "0.99", false)), 1_000L, null);
    assertEquals(0, belowAmount.maxPoints());
    assertEquals(List.of(QuoteReason.DISCOUNT_BELOW_ONE_STEP), belowAmount.reasons());
  }

  @Test
  void requestedPointsUseWholeStepsAndNeverMoreThanTheMaximum() {
    Cart cart = cart(line("a", 1, "10.00", false));
    RedemptionQuote.Requested exact = RedemptionRules.quote(ON, EUR, cart, 5_000L, 300L).requested();
    assertEquals(new RedemptionQuote.Requested(300, 300, eur("3.00"), false), exact);
    RedemptionQuote.Requested partial = RedemptionRules.quote(ON, EUR, cart, 5_000L, 350L).requested();
    assertEquals(new RedemptionQuote.Requested(350, 300, eur("3.00"), true), partial, "350 → 3 whole steps");
    RedemptionQuote.Requested tooMany = RedemptionRules.quote(ON, EUR, cart, 5_000L, 2_000L).requested();
    assertEquals(new RedemptionQuote.Requested(2_000, 1_000, eur("10.00"), true), tooMany, "capped at the cart");
    RedemptionQuote.Requested none = RedemptionRules.quote(ON, EUR, cart, 5_000L, 99L).requested();
    assertEquals(new RedemptionQuote.Requested(99, 0, eur("0.00"), true), none);
    assertNull(RedemptionRules.quote(ON, EUR, cart, 5_000L, null).requested());
  }

  @Test
  void aFixedMaximumCapsTheDiscount() {
    RedemptionQuote q = RedemptionRules.quote(with(MaxDiscount.fixed(new BigDecimal("5.50"))), EUR,
        cart(line("a", 1, "100.00", false)), 100_000L, null);
    assertEquals(eur("5.00"), q.maxDiscount(), "5.50 allows 5 whole steps");
    assertEquals(500, q.maxPoints());
  }

  @Test
  void aPercentMaximumIsOfTheCartRoundedDown() {
    RedemptionQuote q = RedemptionRules.quote(with(MaxDiscount.percent(33)), EUR,
        cart(line("a", 1, "10.01", false)), 100_000L, null);
    assertEquals(330, MaxDiscount.percent(33).capMinor(1_001, EUR), "33% of 10.01 is 3.3033 → 3.30");
    assertEquals(eur("3.00"), q.maxDiscount());
    RedemptionQuote ofCartNotEligible = RedemptionRules.quote(
        new RedemptionSettings(true, Conversion.DEFAULT, 0, BigDecimal.ZERO, MaxDiscount.percent(50), true, Set.of(),
            Set.of(), 30, true),
        EUR, cart(line("a", 1, "10.00", false), line("b", 1, "90.00", true)), 100_000L, null);
    assertEquals(eur("10.00"), ofCartNotEligible.maxDiscount(),
        "50% of the 100.00 cart is 50.00, but the eligible amount (10.00) caps it");
  }

  @Test
  void eachReasonCode() {
    Cart cart = cart(line("a", 1, "10.00", false));
    RedemptionSettings off = new RedemptionSettings(false, Conversion.DEFAULT, 0, BigDecimal.ZERO, MaxDiscount.NONE,
        false, Set.of(), Set.of(), 30, true);
    assertEquals(List.of(QuoteReason.PROGRAM_DISABLED), RedemptionRules.quote(off, EUR, cart, 1_000L, null).reasons());

    assertEquals(List.of(QuoteReason.CURRENCY_MISMATCH),
        RedemptionRules.quote(ON, EUR, new Cart(Currency.getInstance("USD"),
            List.of(new CartLine(null, 1, Money.parse("p", "10.00", Currency.getInstance("USD")), false))), 1_000L,
            null).reasons());

    RedemptionSettings minBalance = new RedemptionSettings(true, Conversion.DEFAULT, 500, BigDecimal.ZERO,
        MaxDiscount.NONE, false, Set.of(), Set.of(), 30, true);
    assertEquals(List.of(QuoteReason.BELOW_MIN_BALANCE),
        RedemptionRules.quote(minBalance, EUR, cart, 499L, null).reasons());
    assertEquals(400, RedemptionRules.quote(minBalance, EUR, cart, 499L + 1, 400L).requested().points(),
        "at the minimum the whole balance may be used");

    RedemptionSettings minCart = new RedemptionSettings(true, Conversion.DEFAULT, 0, new BigDecimal("10.01"),
        MaxDiscount.NONE, false, Set.of(), Set.of(), 30, true);
    assertEquals(List.of(QuoteReason.CART_BELOW_MINIMUM),
        RedemptionRules.quote(minCart, EUR, cart, 1_000L, null).reasons());
    assertTrue(RedemptionRules.quote(minCart, EUR, cart(line("a", 1, "10.01", false)), 1_000L, null).redeemable(),
        "a cart of exactly the minimum redeems");

    RedemptionSettings exclude = new RedemptionSettings(true, Conversion.DEFAULT, 0, BigDecimal.ZERO,
        MaxDiscount.NONE, false, Set.of(new ProductId("a")), Set.of(), 30, true);
    assertEquals(List.of(QuoteReason.NO_ELIGIBLE_PRODUCTS),
        RedemptionRules.quote(exclude, EUR, cart, 1_000L, null).reasons());

    assertEquals(List.of(QuoteReason.INSUFFICIENT_BALANCE), RedemptionRules.quote(ON, EUR, cart, 0L, null).reasons());
    assertEquals(List.of(QuoteReason.DISCOUNT_BELOW_ONE_STEP),
        RedemptionRules.quote(with(MaxDiscount.fixed(new BigDecimal("0.99"))), EUR, cart, 1_000L, null).reasons());
  }

  @Test
  void reasonsAddUpAndNothingIsRedeemableWithAny() {
    RedemptionSettings strict = new RedemptionSettings(false, Conversion.DEFAULT, 1_000, new BigDecimal("50"),
        MaxDiscount.NONE, true, Set.of(), Set.of(), 30, true);
    RedemptionQuote q = RedemptionRules.quote(strict, EUR, cart(line("a", 1, "10.00", true)), 50L, 100L);
    assertEquals(List.of(QuoteReason.PROGRAM_DISABLED, QuoteReason.BELOW_MIN_BALANCE, QuoteReason.CART_BELOW_MINIMUM,
        QuoteReason.NO_ELIGIBLE_PRODUCTS, QuoteReason.INSUFFICIENT_BALANCE), q.reasons());
    assertEquals(0, q.maxPoints());
    assertEquals(0, q.requested().points());
    assertFalse(q.redeemable());
  }

  @Test
  void whichLinesCount() {
    RedemptionSettings s = new RedemptionSettings(true, Conversion.DEFAULT, 0, BigDecimal.ZERO, MaxDiscount.NONE,
        true, Set.of(new ProductId("gift-card")), Set.of(), 30, true);
    RedemptionQuote q = RedemptionRules.quote(s, EUR, cart(line("shoe", 2, "30.00", false),
        line("sock", 3, "5.00", true), line("gift-card", 1, "25.00", false), line(null, 1, "4.95", false)),
        100_000L, null);
    assertEquals(eur("104.95"), q.cartAmount());
    assertEquals(eur("64.95"), q.eligibleAmount(), "shoes and the fee; not the discounted socks nor the gift card");
    RedemptionSettings only = new RedemptionSettings(true, Conversion.DEFAULT, 0, BigDecimal.ZERO, MaxDiscount.NONE,
        false, Set.of(), Set.of(new ProductId("sock")), 30, true);
    assertEquals(eur("15.00"), RedemptionRules.quote(only, EUR, cart(line("shoe", 2, "30.00", false),
        line("sock", 3, "5.00", true), line(null, 1, "4.95", false)), 100_000L, null).eligibleAmount());
  }

  @Test
  void conversionStepsOtherThanAHundredAndCurrenciesWithoutMinorUnit() {
    RedemptionSettings odd = new RedemptionSettings(true, new Conversion(7, new BigDecimal("0.03")), 0,
        BigDecimal.ZERO, MaxDiscount.NONE, false, Set.of(), Set.of(), 30, true);
    RedemptionQuote q = RedemptionRules.quote(odd, EUR, cart(line("a", 1, "1.00", false)), 1_000L, 50L);
    assertEquals(33 * 7, q.maxPoints(), "1.00 / 0.03 = 33 whole steps");
    assertEquals(eur("0.99"), q.maxDiscount());
    assertEquals(new RedemptionQuote.Requested(50, 49, eur("0.21"), true), q.requested());
    assertEquals(eur("0.21"), RedemptionRules.discountFor(odd, EUR, 49));
    assertThrows(IllegalArgumentException.class, () -> RedemptionRules.discountFor(odd, EUR, 50));

    RedemptionSettings yen = new RedemptionSettings(true, new Conversion(10, new BigDecimal("100")), 0,
        BigDecimal.ZERO, MaxDiscount.NONE, false, Set.of(), Set.of(), 30, true);
    RedemptionQuote y = RedemptionRules.quote(yen, JPY, new Cart(JPY, List.of(new CartLine(null, 1,
        Money.parse("p", "1050", JPY), false))), 1_000L, null);
    assertEquals(new Money(1000, JPY), y.maxDiscount());
    assertEquals(100, y.maxPoints());
  }

  @Test
  void thePointsDebitedAlwaysMatchTheDiscountExactly() {
    RedemptionSettings odd = new RedemptionSettings(true, new Conversion(3, new BigDecimal("0.07")), 0,
        BigDecimal.ZERO, MaxDiscount.percent(37), false, Set.of(), Set.of(), 30, true);
    for (long cents = 1; cents <= 2_000; cents += 13) {
      for (long balance : new long[] {0, 2, 3, 100, 10_000}) {
        RedemptionQuote q = RedemptionRules.quote(odd, EUR,
            cart(new CartLine(null, 1, new Money(cents, EUR), false)), balance, balance);
        assertEquals(0, q.maxPoints() % 3);
        assertEquals(q.maxPoints() / 3 * 7, q.maxDiscount().minorUnits());
        assertTrue(q.maxDiscount().minorUnits() <= cents * 37 / 100, "never above the maximum");
        assertTrue(q.maxPoints() <= balance, "never above the balance");
        assertEquals(q.requested().points() / 3 * 7, q.requested().discount().minorUnits());
      }
    }
  }

  @Test
  void amountsBeyondSixtyFourBitsAreRefusedNotWrapped() {
    UnprocessableException e = assertThrows(UnprocessableException.class, () -> RedemptionRules.quote(ON, EUR,
        cart(new CartLine(null, 1_000_000, new Money(Long.MAX_VALUE / 10, EUR), false)), 100L, null));
    assertEquals("AMOUNT_OUT_OF_RANGE", e.code());
    assertEquals("lines", e.field());
  }
}
