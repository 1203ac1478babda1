package nl.klantpunten.core.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Every refusal can name the field at fault and the rule it broke. */
class ErrorsTest {

  @Test
  void notFoundNamesTheIdFieldByDefaultOrAsGiven() {
    assertEquals(new FieldError("customerId", "exists", "customer 'c-1' does not exist"),
        new NotFoundException("customer", "c-1").error());
    assertEquals("entryId", new NotFoundException("transaction", "entryId", "tx_1").error().field());
  }

  @Test
  void conflictsAndUnprocessablesTurnTheirCodeIntoTheRule() {
    assertEquals(new FieldError("points", "insufficientBalance", "too low"),
        new ConflictException("INSUFFICIENT_BALANCE", "points", "too low").error());
    assertEquals(new FieldError("Idempotency-Key", "idempotencyKeyReused", "reused"),
        new UnprocessableException("IDEMPOTENCY_KEY_REUSED", "Idempotency-Key", "reused").error());
    assertNull(new ConflictException("SOMETHING", "no field").error());
  }

  @Test
  void codesBecomeLowerCamelRules() {
    assertEquals("cardCodeTaken", Codes.rule("CARD_CODE_TAKEN"));
    assertEquals("conflict", Codes.rule("CONFLICT"));
    assertEquals("aB", Codes.rule("_A__B_"));
  }

  @Test
  void violationsCollectEveryErrorBeforeThrowing() {
    Violations v = new Violations();
    v.throwIfAny();
    v.add("a", "required", "x").add("b", "format", "y");
    ValidationException e = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class, v::throwIfAny);
    assertEquals(2, e.errors().size());
    assertEquals("a: x", e.getMessage());
  }
}
