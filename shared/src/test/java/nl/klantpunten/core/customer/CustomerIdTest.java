package nl.klantpunten.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.klantpunten.core.error.FieldError;
import nl.klantpunten.core.error.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Customer ids come from shops; they become part of storage keys, so '#' and friends must never get in. */
class CustomerIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"c-1", "1", "A.b_c@d+e:f=g-h", "anna@example.com", "00042"})
  void acceptsLettersDigitsAndSafePunctuation(String value) {
    assertEquals(value, new CustomerId(value).value());
  }

  @ParameterizedTest
  @MethodSource("lengths")
  void acceptsUpTo128Characters(int length) {
    assertEquals(length, new CustomerId("x".repeat(length)).value().length());
  }

  static int[] lengths() {
    return new int[] {1, 127, 128};
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"a#b", "P#prg_other#C#c-1", "a/b", "../c", "a b", " a", "a ", "a\tb", "a\nb", "é", "a%23b",
      "a?b", "a\u0000b", "a\u0001b"})
  void refusesEverythingElse(String value) {
    ValidationException e = assertThrows(ValidationException.class, () -> new CustomerId(value));
    assertEquals("customerId", e.errors().get(0).field());
    assertEquals("format", e.errors().get(0).rule());
  }

  @ParameterizedTest
  @ValueSource(ints = {129, 1_000})
  void refusesMoreThan128Characters(int length) {
    ValidationException e = assertThrows(ValidationException.class, () -> new CustomerId("x".repeat(length)));
    FieldError error = e.errors().get(0);
    assertEquals("customerId", error.field());
  }
}
