package nl.klantpunten.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import nl.klantpunten.core.error.FieldError;
import nl.klantpunten.core.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Request bodies: exactly one JSON object, typed access that names the field on a wrong type. */
class JsonBodyTest {

  private static FieldError refusal(Runnable parse) {
    return assertThrows(ValidationException.class, parse::run).errors().get(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{", "{\"points\":1,}", "{'points':1}", "{\"points\":NaN}", "{\"points\":01}",
      "{\"points\":1} garbage", "{\"points\":1}{\"points\":2}", "{\"points\":1,\"points\":2}", "[1,2]", "42", "\"x\"",
      "null", "true", ""})
  void anythingButOneJsonObjectIsRefusedOnTheBody(String body) {
    FieldError e = refusal(() -> JsonBody.parse(body));
    assertEquals("body", e.field());
  }

  @Test
  void deeplyNestedInputIsRefusedNotAStackOverflow() {
    String deep = "{\"a\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}";
    assertEquals("body", refusal(() -> JsonBody.parse(deep)).field());
  }

  @Test
  void whitespaceAroundTheObjectIsFine() {
    assertEquals(5L, JsonBody.parse("  \n{\"points\":5}\n  ").wholeNumber("points"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"points\":7}|7",
      "{\"points\":-7}|-7",
      "{\"points\":7.0}|7",
      "{\"points\":1e3}|1000",
      "{\"points\":9223372036854775807}|9223372036854775807",
  })
  void wholeNumbers(String body, long expected) {
    assertEquals(expected, JsonBody.parse(body).wholeNumber("points"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"points\":1e400}|points",
      "{\"points\":1e1000000}|points",
      "{\"points\":-1E-1000000}|points",
      "{\"points\":1234567890123456789012345678901}|points",
      "{\"a\":{\"lines\":[{\"x\":1},{\"unitPrice\":1e1000000}]}}|a.lines[1].unitPrice",
      "[1e1000000]|body[0]",
  })
  void numbersBeyondTheBoundsAreRefusedFromTheirTextNamingThePath(String body, String field) {
    FieldError e = refusal(() -> JsonBody.parse(body));
    assertEquals(field, e.field());
    assertEquals("range", e.rule());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"price\":\"1e1000000\"}",
      "{\"price\":\"-9E99999999999\"}",
      "{\"price\":\"0.0000000000000000000000000000000001\"}",
  })
  void decimalTextBeyondTheBoundsIsOutOfRange(String body) {
    FieldError e = refusal(() -> JsonBody.parse(body).decimal("price"));
    assertEquals("price", e.field());
    assertEquals("range", e.rule());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"note\":\"fz\\ud800\"}|note",
      "{\"l\":[\"ok\",\"\\udc00x\"]}|l[1]",
  })
  void aLoneSurrogateIsRefusedNamingTheField(String body, String field) {
    FieldError e = refusal(() -> JsonBody.parse(body));
    assertEquals(field, e.field());
    assertEquals("unicode", e.rule());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"points\":1.5}", "{\"points\":\"5\"}", "{\"points\":true}", "{\"points\":[5]}",
      "{\"points\":9223372036854775808}"})
  void otherValuesAreNotWholeNumbers(String body) {
    FieldError e = refusal(() -> JsonBody.parse(body).wholeNumber("points"));
    assertEquals("points", e.field());
    assertEquals("integer", e.rule());
  }

  @Test
  void missingAndNullFieldsAreAbsent() {
    assertNull(JsonBody.parse("{}").wholeNumber("points"));
    assertNull(JsonBody.parse("{\"note\":null}").string("note"));
  }

  @Test
  void aStringFieldMustBeAString() {
    assertEquals("note", refusal(() -> JsonBody.parse("{\"note\":5}").string("note")).field());
  }

  @Test
  void unknownFieldsAreNamedEachOne() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> JsonBody.parse("{\"points\":1,\"pionts\":2,\"nite\":\"x\"}").onlyFields(Set.of("points", "note")));
    assertEquals(2, e.errors().size());
    assertEquals("nite", e.errors().get(0).field());
    assertEquals("unknown", e.errors().get(0).rule());
    assertEquals("pionts", e.errors().get(1).field());
  }
}
