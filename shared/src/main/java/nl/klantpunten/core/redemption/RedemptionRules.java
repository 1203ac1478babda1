package nl.klantpunten.core.redemption;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import nl.klantpunten.core.error.UnprocessableException;
import nl.klantpunten.core.money.Money;

/**
 * The redemption rules, pure: what a cart and a balance allow under a program's settings. Money is integer minor
 * units throughout; the rounding is explicit and always in the program's favour by less than one step:
 *
 * <ol>
 *   <li>cart amount = Σ quantity × unit price; eligible amount = the same over the lines that count (not an
 *       excluded product, in the only-products list when there is one, not discounted when discounted products are
 *       excluded).
 *   <li>cap = min(eligible amount, fixed maximum, ⌊cart amount × percent / 100⌋): the discount never exceeds the
 *       eligible amount or the maximum.
 *   <li>steps = min(⌊cap / step amount⌋, ⌊balance / step points⌋): points → money rounds DOWN to whole steps.
 *   <li>max points = steps × step points, max discount = steps × step amount: the points debited match the discount
 *       given exactly.
 *   <li>requested points use ⌊requested / step points⌋ steps, at most the maximum.
 * </ol>
 */
public final class RedemptionRules {
  private RedemptionRules() {}

  /**
   * The quote for a cart; {@code balance} null skips the balance rules (a reservation enforces them atomically in
   * its transaction), {@code requestedPoints} null asks for the maximum only.
   */
  public static RedemptionQuote quote(RedemptionSettings settings, Currency programCurrency, Cart cart, Long balance,
      Long requestedPoints) {
    try {
      return compute(settings, programCurrency, cart, balance, requestedPoints);
    } catch (ArithmeticException tooLarge) {
      throw new UnprocessableException("AMOUNT_OUT_OF_RANGE", "lines",
          "the cart's amounts are too large to add up");
    }
  }

  private static RedemptionQuote compute(RedemptionSettings s, Currency currency, Cart cart, Long balance,
      Long requested) {
    List<QuoteReason> reasons = new ArrayList<>();
    long stepPoints = s.conversion().points();
    Money stepAmount = new Money(s.conversion().stepMinor(currency), currency);
    if (!s.enabled()) {
      reasons.add(QuoteReason.PROGRAM_DISABLED);
    }
    if (!cart.currency().equals(currency)) {
      reasons.add(QuoteReason.CURRENCY_MISMATCH);
      if (balance != null && balance < s.minBalance()) {
        reasons.add(QuoteReason.BELOW_MIN_BALANCE);
      }
      return new RedemptionQuote(balance, null, null, stepPoints, stepAmount, 0, null,
          requested == null ? null : new RedemptionQuote.Requested(requested, 0, null, requested != 0), reasons);
    }
    long cartMinor = 0;
    long eligibleMinor = 0;
    for (CartLine line : cart.lines()) {
      long amount = line.amountMinor();
      cartMinor = Math.addExact(cartMinor, amount);
      if (counts(s, line)) {
        eligibleMinor = Math.addExact(eligibleMinor, amount);
      }
    }
    if (balance != null && balance < s.minBalance()) {
      reasons.add(QuoteReason.BELOW_MIN_BALANCE);
    }
    if (cartMinor < minCartMinor(s, currency)) {
      reasons.add(QuoteReason.CART_BELOW_MINIMUM);
    }
    if (eligibleMinor == 0) {
      reasons.add(QuoteReason.NO_ELIGIBLE_PRODUCTS);
    }
    long capMinor = Math.min(eligibleMinor, s.maxDiscount().capMinor(cartMinor, currency));
    long stepsByCap = capMinor / stepAmount.minorUnits();
    if (eligibleMinor > 0 && stepsByCap == 0) {
      reasons.add(QuoteReason.DISCOUNT_BELOW_ONE_STEP);
    }
    long steps = stepsByCap;
    if (balance != null) {
      long stepsByBalance = Math.max(0, balance) / stepPoints;
      if (stepsByBalance == 0) {
        reasons.add(QuoteReason.INSUFFICIENT_BALANCE);
      }
      steps = Math.min(steps, stepsByBalance);
    }
    if (!reasons.isEmpty()) {
      steps = 0;
    }
    long maxPoints = Math.multiplyExact(steps, stepPoints);
    Money maxDiscount = new Money(Math.multiplyExact(steps, stepAmount.minorUnits()), currency);
    RedemptionQuote.Requested asked = null;
    if (requested != null) {
      long requestedSteps = Math.min(Math.max(0, requested) / stepPoints, steps);
      long points = requestedSteps * stepPoints;
      asked = new RedemptionQuote.Requested(requested, points,
          new Money(requestedSteps * stepAmount.minorUnits(), currency), points != requested);
    }
    return new RedemptionQuote(balance, new Money(cartMinor, currency), new Money(eligibleMinor, currency),
        stepPoints, stepAmount, maxPoints, maxDiscount, asked, reasons);
  }

  private static long minCartMinor(RedemptionSettings s, Currency currency) {
    return s.minCartAmount().movePointRight(Money.minorDigits(currency)).longValueExact();
  }

  /** Whether a line counts towards the eligible amount. */
  public static boolean counts(RedemptionSettings s, CartLine line) {
    if (s.excludeDiscounted() && line.discounted()) {
      return false;
    }
    return s.productCounts(line.productId());
  }

  /** The discount {@code points} buy: exactly {@code points / step × step amount}; points must be whole steps. */
  public static Money discountFor(RedemptionSettings s, Currency currency, long points) {
    if (points % s.conversion().points() != 0) {
      throw new IllegalArgumentException(points + " is not a whole number of steps");
    }
    return new Money(Math.multiplyExact(points / s.conversion().points(), s.conversion().stepMinor(currency)),
        currency);
  }
}
