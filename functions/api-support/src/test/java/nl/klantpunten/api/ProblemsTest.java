package nl.klantpunten.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.klantpunten.core.error.ConflictException;
import nl.klantpunten.core.error.ContentionException;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.error.UnprocessableException;
import nl.klantpunten.core.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every 4xx is problem+json naming the field and the rule; a 5xx names nothing and leaks nothing. */
class ProblemsTest {

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(ValidationException.of("note", "required", "a note is required"), 400, "note", "required"),
        Arguments.of(ApiException.unauthorized("required", "send a key"), 401, "Authorization", "required"),
        Arguments.of(ApiException.unauthorized("unknown key"), 401, "Authorization", "apiKey"),
        Arguments.of(ApiException.forbidden("includeDeleted", "admins only"), 403, "includeDeleted", "role"),
        Arguments.of(new NotFoundException("customer", "c-9"), 404, "customerId", "exists"),
        Arguments.of(new ConflictException("INSUFFICIENT_BALANCE", "points", "too low"), 409, "points",
            "insufficientBalance"),
        Arguments.of(new UnprocessableException("IDEMPOTENCY_KEY_REUSED", "Idempotency-Key", "reused"), 422,
            "Idempotency-Key", "idempotencyKeyReused"),
        Arguments.of(new ApiException(413, "BODY_TOO_LARGE", "Body too large", "too big", "body", "maxBytes"), 413,
            "body", "maxBytes"));
  }

  @ParameterizedTest
  @MethodSource("refusals")
  @SuppressWarnings("unchecked")
  void refusalsNameFieldAndRule(RuntimeException e, int status, String field, String rule) throws IOException {
    ApiResponse response = Problems.from(e, "req-1");
    assertEquals(status, response.status());
    assertEquals("application/problem+json", response.headers().get("content-type"));
    Map<String, Object> body = Json.readObject(response.body());
    assertEquals(status, ((Number) body.get("status")).intValue());
    assertEquals("req-1", body.get("requestId"));
    List<Map<String, Object>> errors = (List<Map<String, Object>>) body.get("errors");
    assertEquals(field, errors.get(0).get("field"));
    assertEquals(rule, errors.get(0).get("rule"));
  }

  @Test
  void aMissingKeyIsAskedForWithWwwAuthenticate() {
    assertEquals("Bearer", Problems.from(ApiException.unauthorized("x"), null).headers().get("www-authenticate"));
  }

  @Test
  void contentionIsA503WithRetryAfter() {
    ApiResponse response = Problems.from(new ContentionException("busy", null), "r");
    assertEquals(503, response.status());
    assertEquals("1", response.headers().get("retry-after"));
  }

  @Test
  void anUnexpectedFailureIsA500ThatRevealsNothing() throws IOException {
    ApiResponse response = Problems.from(new IllegalStateException("secret table name klantpunten-prod"), "r-9");
    assertEquals(500, response.status());
    Map<String, Object> body = Json.readObject(response.body());
    assertNull(body.get("errors"));
    assertFalse(response.body().contains("klantpunten-prod"));
  }
}
