package nl.klantpunten.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.klantpunten.core.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Idempotency keys from clients: 1-255 visible ASCII characters, scoped so sources cannot collide. */
class IdempotencyKeyTest {

  @Test
  void aHeaderBecomesAnApiScopedKey() {
    IdempotencyKey key = IdempotencyKey.fromHeader("order-42/retry", "fp");
    assertEquals("api:order-42/retry", key.storageKey());
    assertEquals("fp", key.fingerprint());
    assertNull(IdempotencyKey.fromHeader(null, "fp"), "no header, no key");
  }

  @Test
  void acceptsUpTo255VisibleCharacters() {
    assertEquals(255, IdempotencyKey.fromHeader("k".repeat(255), "fp").value().length());
    new IdempotencyKey("api", "!~", "fp");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "two words", "tab\there", "é", "line\n"})
  void refusesOtherKeys(String value) {
    ValidationException e = assertThrows(ValidationException.class, () -> IdempotencyKey.fromHeader(value, "fp"));
    assertEquals("Idempotency-Key", e.errors().get(0).field());
  }

  @Test
  void refuses256Characters() {
    assertThrows(ValidationException.class, () -> IdempotencyKey.fromHeader("k".repeat(256), "fp"));
  }
}
