package nl.klantpunten.core.redemption;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.Locale;
import nl.klantpunten.core.money.Money;

/**
 * The most a redemption may take off one cart: nothing beyond the eligible amount ({@code NONE}), a fixed amount in
 * the program's currency ({@code FIXED}), or a whole percentage of the cart ({@code PERCENT}, rounded down to the
 * minor unit: 33% of 10.01 is 3.30).
 */
public record MaxDiscount(Kind kind, BigDecimal amount, int percent) {
  public static final MaxDiscount NONE = new MaxDiscount(Kind.NONE, null, 0);

  public enum Kind {
    NONE,
    FIXED,
    PERCENT;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static MaxDiscount fixed(BigDecimal amount) {
    return new MaxDiscount(Kind.FIXED, amount, 0);
  }

  public static MaxDiscount percent(int percent) {
    return new MaxDiscount(Kind.PERCENT, null, percent);
  }

  /** The cap in minor units for a cart of {@code cartMinor}; Long.MAX_VALUE when there is none. */
  public long capMinor(long cartMinor, Currency currency) {
    return switch (kind) {
      case NONE -> Long.MAX_VALUE;
      case FIXED -> amount.movePointRight(Money.minorDigits(currency)).longValueExact();
      case PERCENT -> BigInteger.valueOf(Math.max(0, cartMinor)).multiply(BigInteger.valueOf(percent))
          .divide(BigInteger.valueOf(100)).longValueExact(); // both non-negative: division truncates = floor
    };
  }
}
