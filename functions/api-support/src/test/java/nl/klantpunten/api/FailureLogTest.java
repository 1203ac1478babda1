package nl.klantpunten.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.klantpunten.api.testing.CapturedLogs;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A request that fails inside the code is one ERROR line with its stack trace as one field, e-mail masked. */
@ExtendWith(TestBackend.class)
class FailureLogTest {
  static final class FailingFunction extends HttpFunction {
    FailingFunction(Backend backend) {
      super(backend, List.of(Route.publicRoute("GET", "/v1/boom", request -> {
        throw new IllegalStateException("lookup failed for planted.customer@example.org");
      })));
    }
  }

  @Test
  void aServerErrorIsOneLineWithTheStackTraceAsAField(Backend backend) {
    List<String> lines;
    List<Map<String, Object>> requests;
    try (CapturedLogs logs = CapturedLogs.start()) {
      assertEquals(500, Http.run(new FailingFunction(backend),
          Http.event("GET", "/v1/boom", null, null, Map.of())).status());
      lines = logs.lines();
      requests = logs.events("request");
    }
    assertEquals(1, lines.size(), "one line: " + lines);
    Map<String, Object> event = requests.get(0);
    assertEquals("ERROR", event.get("level"));
    assertEquals("failed", event.get("outcome"));
    assertEquals("GET /v1/boom", event.get("route"));
    assertTrue(String.valueOf(event.get("stackTrace")).contains("at nl.klantpunten.api.FailureLogTest"),
        "the stack trace is one field: " + event);
    assertTrue(String.valueOf(event.get("error")).contains("<email>"), "masked: " + event.get("error"));
    assertFalse(lines.get(0).contains("planted.customer"), lines.get(0));
  }
}
