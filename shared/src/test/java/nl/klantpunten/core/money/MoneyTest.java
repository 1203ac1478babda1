package nl.klantpunten.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Currency;
import nl.klantpunten.core.error.FieldError;
import nl.klantpunten.core.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts are exact minor units of their currency; nothing is rounded silently. */
class MoneyTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency JPY = Currency.getInstance("JPY");
  private static final Currency BHD = Currency.getInstance("BHD");

  private static FieldError refusal(String decimal, Currency currency) {
    ValidationException e = assertThrows(ValidationException.class, () -> Money.parse("amount", decimal, currency));
    assertEquals("amount", e.errors().get(0).field());
    return e.errors().get(0);
  }

  @ParameterizedTest
  @CsvSource({
      "12.34, EUR, 1234",
      "12.3, EUR, 1230",
      "12, EUR, 1200",
      "0.01, EUR, 1",
      "0, EUR, 0",
      "-5.5, EUR, -550",
      "' 7.25 ', EUR, 725",
      "12.300, EUR, 1230", // trailing zeros lose nothing
      "1500, JPY, 1500",
      "-3, JPY, -3",
      "1.234, BHD, 1234",
      "92233720368547758.07, EUR, 9223372036854775807",
  })
  void parsesExactlyIntoMinorUnits(String decimal, String currency, long minorUnits) {
    assertEquals(minorUnits, Money.parse("amount", decimal, Currency.getInstance(currency)).minorUnits());
  }

  @ParameterizedTest
  @CsvSource({"12.345, EUR", "0.001, EUR", "1.5, JPY", "0.1, JPY", "1.2345, BHD"})
  void moreDecimalsThanTheCurrencyHasAreRefused(String decimal, String currency) {
    assertEquals("scale", refusal(decimal, Currency.getInstance(currency)).rule());
  }

  @ParameterizedTest
  @ValueSource(strings = {"92233720368547758.08", "-92233720368547758.09", "1e30", "99999999999999999999999"})
  void amountsBeyond64BitsAreRefused(String decimal) {
    assertEquals("scale", refusal(decimal, EUR).rule());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void anAmountIsRequired(String decimal) {
    assertEquals("required", refusal(decimal, EUR).rule());
  }

  @ParameterizedTest
  @ValueSource(strings = {"12,50", "abc", "NaN", "Infinity", "€12", "12.5.0", "0x10"})
  void onlyDecimalNumbersAreAccepted(String decimal) {
    assertEquals("decimal", refusal(decimal, EUR).rule());
  }

  @Test
  void printsWithExactlyTheCurrencysDecimals() {
    assertEquals("12.50", Money.parse("a", "12.5", EUR).toDecimalString());
    assertEquals("-0.05", new Money(-5, EUR).toDecimalString());
    assertEquals("1500", Money.parse("a", "1500", JPY).toDecimalString());
    assertEquals("0.000", Money.zero(BHD).toDecimalString());
  }

  @Test
  void addsAndSubtractsOnlyTheSameCurrencyWithoutOverflow() {
    assertEquals(new Money(350, EUR), new Money(100, EUR).plus(new Money(250, EUR)));
    assertEquals(new Money(-150, EUR), new Money(100, EUR).minus(new Money(250, EUR)));
    assertTrue(new Money(-1, EUR).isNegative());
    assertFalse(Money.zero(EUR).isNegative());
    assertThrows(IllegalArgumentException.class, () -> new Money(1, EUR).plus(new Money(1, JPY)));
    assertThrows(ArithmeticException.class, () -> new Money(Long.MAX_VALUE, EUR).plus(new Money(1, EUR)));
    assertThrows(ArithmeticException.class, () -> new Money(Long.MIN_VALUE, EUR).minus(new Money(1, EUR)));
  }

  @Test
  void minorDigitsFollowIso4217() {
    assertEquals(2, Money.minorDigits(EUR));
    assertEquals(0, Money.minorDigits(JPY));
    assertEquals(3, Money.minorDigits(BHD));
    assertEquals(0, Money.minorDigits(Currency.getInstance("XXX")), "no minor unit counts as 0");
  }
}
