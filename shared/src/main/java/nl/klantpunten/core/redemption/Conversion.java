package nl.klantpunten.core.redemption;

import java.math.BigDecimal;
import java.util.Currency;
import nl.klantpunten.core.money.Money;

/**
 * "{@code points} points are worth {@code amount}" in the program's currency, e.g. 100 points = 1.00 EUR. Points are
 * redeemed in whole steps of {@code points}: {@code n} steps debit exactly {@code n × points} and give exactly
 * {@code n × amount}, so the points taken always match the discount given, with no rounding in between. The amount
 * has at most the currency's number of decimals, so one step is a whole number of minor units.
 */
public record Conversion(long points, BigDecimal amount) {
  public static final long MAX_POINTS = 1_000_000;
  public static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(1_000_000);
  public static final Conversion DEFAULT = new Conversion(100, BigDecimal.ONE);

  /** One step's discount in the currency's minor units (exact: the amount was validated for the currency). */
  public long stepMinor(Currency currency) {
    return amount.movePointRight(Money.minorDigits(currency)).longValueExact();
  }

  /** The amount as the API shows it: with exactly the currency's number of decimals ("1.00", "100" for JPY). */
  public String amountText(Currency currency) {
    return amount.setScale(Money.minorDigits(currency)).toPlainString();
  }
}
