package nl.klantpunten.core.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import nl.klantpunten.core.error.ValidationException;

/**
 * An amount in a currency's minor units (ISO 4217: EUR has 2 decimals, JPY none). Amounts arrive as decimal
 * strings and are parsed exactly, never through {@code double}; more decimals than the currency has are refused.
 */
public record Money(long minorUnits, Currency currency) {

  public Money {
    Objects.requireNonNull(currency, "currency");
  }

  public static Money parse(String field, String decimal, Currency currency) {
    if (decimal == null || decimal.isBlank()) {
      throw ValidationException.of(field, "required", "an amount is required");
    }
    BigDecimal value = Decimals.parse(field, decimal);
    if (value == null) {
      throw ValidationException.of(field, "decimal", "must be a decimal amount such as 12.50");
    }
    int digits = minorDigits(currency);
    try {
      return new Money(value.movePointRight(digits).longValueExact(), currency);
    } catch (ArithmeticException e) {
      throw ValidationException.of(field, "scale",
          currency.getCurrencyCode() + " amounts have at most " + digits + " decimals and must fit in 64 bits");
    }
  }

  public static Money zero(Currency currency) {
    return new Money(0, currency);
  }

  /** Decimal digits of the minor unit; currencies without one (pseudo-currencies) count as 0. */
  public static int minorDigits(Currency currency) {
    return Math.max(0, currency.getDefaultFractionDigits());
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
  }

  public boolean isNegative() {
    return minorUnits < 0;
  }

  /** The amount as a plain decimal string with exactly the currency's number of decimals, e.g. "12.50". */
  public String toDecimalString() {
    return BigDecimal.valueOf(minorUnits, minorDigits(currency)).toPlainString();
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("cannot combine " + currency + " and " + other.currency);
    }
  }
}
