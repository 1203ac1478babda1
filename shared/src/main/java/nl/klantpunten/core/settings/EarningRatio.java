package nl.klantpunten.core.settings;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import nl.klantpunten.core.money.Money;

/**
 * "{@code points} points for every {@code amount} spent", e.g. 10 points per 5.00 EUR. The amount is a decimal in
 * the program's currency with at most that currency's number of decimals, so it is a whole number of minor units.
 *
 * <p>Rounding: {@code floor(eligible minor units × points / amount minor units)}, computed exactly in integers and
 * applied ONCE to an order's whole ratio-eligible amount (never per line, which would lose a point on every line).
 */
public record EarningRatio(long points, BigDecimal amount) {
  public static final long MAX_POINTS = 1_000_000;
  public static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(1_000_000);
  /** One point for every whole unit of the currency. */
  public static final EarningRatio DEFAULT = new EarningRatio(1, BigDecimal.ONE);

  /** The points an amount earns; zero for zero or negative amounts. */
  public long pointsFor(Money eligible) {
    if (eligible.minorUnits() <= 0) {
      return 0;
    }
    BigInteger per = amountInMinorUnits(eligible.currency());
    return BigInteger.valueOf(eligible.minorUnits())
        .multiply(BigInteger.valueOf(points))
        .divide(per) // both positive: division truncates, which is floor
        .min(BigInteger.valueOf(Long.MAX_VALUE))
        .longValue();
  }

  /** The amount in the currency's minor units; the amount must have no more decimals than the currency. */
  public BigInteger amountInMinorUnits(Currency currency) {
    return amount.movePointRight(Money.minorDigits(currency)).toBigIntegerExact();
  }

  /** The amount as the API shows it: with exactly the currency's number of decimals ("5.00", "500" for JPY). */
  public String amountText(Currency currency) {
    return amount.setScale(Money.minorDigits(currency)).toPlainString();
  }
}
