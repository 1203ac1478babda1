package nl.klantpunten.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.klantpunten.core.error.FieldError;
import nl.klantpunten.core.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a shop may send as a customer's contact data, and how it is normalised before it is stored. */
class CustomerDetailsTest {

  private static FieldError only(ValidationException e) {
    assertEquals(1, e.errors().size(), e.errors().toString());
    return e.errors().get(0);
  }

  @Test
  void trimsLowercasesTheEmailAndUppercasesTheCardCode() {
    CustomerDetails d = CustomerDetails.parse("  Anna.de.Vries@Example.COM ", "  Anna de Vries ", " ab12-cd34 ");
    assertEquals("anna.de.vries@example.com", d.email());
    assertEquals("Anna de Vries", d.name());
    assertEquals("AB12-CD34", d.cardCode());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void aMissingOrBlankCardCodeIsNoCardCode(String card) {
    assertNull(CustomerDetails.parse("a@b.nl", "A", card).cardCode());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void theEmailIsRequired(String email) {
    FieldError e = only(assertThrows(ValidationException.class, () -> CustomerDetails.parse(email, "Anna", null)));
    assertEquals("email", e.field());
    assertEquals("required", e.rule());
  }

  @ParameterizedTest
  @ValueSource(strings = {"anna", "anna@", "@example.com", "anna@example", "an na@example.com", "a@b@c.nl",
      "anna@exa mple.com"})
  void theEmailMustLookLikeOne(String email) {
    FieldError e = only(assertThrows(ValidationException.class, () -> CustomerDetails.parse(email, "Anna", null)));
    assertEquals("email", e.field());
    assertEquals("format", e.rule());
  }

  @Test
  void theEmailHasAtMost254Characters() {
    String domain = "@example.com";
    String ok = "a".repeat(254 - domain.length()) + domain;
    assertEquals(254, CustomerDetails.parse(ok, "A", null).email().length());
    String tooLong = "a" + ok;
    FieldError e = only(assertThrows(ValidationException.class, () -> CustomerDetails.parse(tooLong, "A", null)));
    assertEquals("email", e.field());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void theNameIsRequired(String name) {
    FieldError e = only(assertThrows(ValidationException.class, () -> CustomerDetails.parse("a@b.nl", name, null)));
    assertEquals("name", e.field());
    assertEquals("required", e.rule());
  }

  @Test
  void theNameHasAtMost200CharactersAfterTrimming() {
    assertEquals(200, CustomerDetails.parse("a@b.nl", " " + "n".repeat(200) + " ", null).name().length());
    FieldError e = only(assertThrows(ValidationException.class,
        () -> CustomerDetails.parse("a@b.nl", "n".repeat(201), null)));
    assertEquals("name", e.field());
    assertEquals("maxLength", e.rule());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ABCD", "1234", "AB-12", "abcdefghijklmnopqrstuvwxyz012345"})
  void cardCodesOf4To32LettersDigitsOrDashesAreAccepted(String card) {
    assertEquals(card.toUpperCase(), CustomerDetails.parse("a@b.nl", "A", card).cardCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ABC", "abcdefghijklmnopqrstuvwxyz0123456", "AB 12", "AB_12", "AB#12", "ÄBCD", "AB/12"})
  void otherCardCodesAreRefused(String card) {
    FieldError e = only(assertThrows(ValidationException.class, () -> CustomerDetails.parse("a@b.nl", "A", card)));
    assertEquals("cardCode", e.field());
    assertEquals("format", e.rule());
  }

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    ValidationException e = assertThrows(ValidationException.class, () -> CustomerDetails.parse("nope", "", "X"));
    assertEquals(List.of("email", "name", "cardCode"), e.errors().stream().map(FieldError::field).toList());
  }
}
