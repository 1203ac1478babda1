package nl.klantpunten.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.core.error.ConflictException;
import nl.klantpunten.core.error.ContentionException;
import nl.klantpunten.core.error.FieldError;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.error.UnprocessableException;
import nl.klantpunten.core.error.ValidationException;

/**
 * Turns every failure into an RFC 9457 {@code application/problem+json} answer. A 4xx carries {@code errors}: each
 * names the field (body field, path or query parameter, header) and the rule it broke, so a client can fix exactly
 * that; a 5xx names none, since the caller did nothing wrong.
 */
public final class Problems {
  private Problems() {}

  public static ApiResponse from(RuntimeException e, String requestId) {
    if (e instanceof ValidationException v) {
      return problem(400, "VALIDATION_FAILED", "Invalid request", v.getMessage(), v.errors(), requestId);
    }
    if (e instanceof ApiException a) {
      ApiResponse response = problem(a.status(), a.code(), a.title(), a.getMessage(), listOf(a.error()), requestId);
      return a.status() == 401 ? response.withHeader("www-authenticate", "Bearer") : response;
    }
    if (e instanceof NotFoundException n) {
      return problem(404, "NOT_FOUND", "Not found", n.getMessage(), List.of(n.error()), requestId);
    }
    if (e instanceof ConflictException c) {
      return problem(409, c.code(), "Conflict", c.getMessage(), listOf(c.error()), requestId);
    }
    if (e instanceof UnprocessableException u) {
      return problem(422, u.code(), "Unprocessable request", u.getMessage(), listOf(u.error()), requestId);
    }
    if (e instanceof ContentionException c) {
      return problem(503, "CONTENTION", "Busy", c.getMessage(), List.of(), requestId).withHeader("retry-after", "1");
    }
    return problem(500, "INTERNAL", "Internal error",
        "something went wrong on our side; nothing was changed unless the response said so (request " + requestId
            + ")", List.of(), requestId);
  }

  private static List<FieldError> listOf(FieldError error) {
    return error == null ? List.of() : List.of(error);
  }

  public static ApiResponse problem(int status, String code, String title, String detail, List<FieldError> errors,
      String requestId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "urn:klantpunten:problem:" + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    body.put("title", title);
    body.put("status", status);
    body.put("code", code);
    body.put("detail", detail);
    if (!errors.isEmpty()) {
      body.put("errors", errors.stream().map(f -> Map.of("field", f.field(), "rule", f.rule(), "message", f.message()))
          .toList());
    }
    if (requestId != null) {
      body.put("requestId", requestId);
    }
    return new ApiResponse(status, Map.of("content-type", ApiResponse.PROBLEM_JSON), Json.write(body));
  }
}
