package nl.klantpunten.functions.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.CapturedLogs;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The HTTP frame logs one JSON object per request (request id, program, route, outcome, duration) and nothing a
 * customer or a key holder would not want in CloudWatch: requests carrying a planted e-mail address, name and API
 * key, good and bad, leave none of them in any captured line.
 */
@ExtendWith(TestBackend.class)
class RequestLogTest {
  private static final String EMAIL = "planted.annabel@example.org";
  private static final String NAME = "Annabel Plantinga";
  private static final String WRONG_KEY = "kp_plantedkey0_" + "7".repeat(43);

  @Test
  void oneEventPerRequestWithItsFieldsAndNoEmailNameOrKey(Backend backend) {
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP);
    Http admin = new Http(new CustomersFunction(backend), program.admin());
    List<String> lines;
    List<Map<String, Object>> requests;
    try (CapturedLogs logs = CapturedLogs.start()) {
      assertEquals(201, admin.put("/v1/customers/log-1",
          "{\"email\":\"" + EMAIL + "\",\"name\":\"" + NAME + "\"}").status());
      assertEquals(200, admin.get("/v1/customers?q=" + EMAIL).status());
      assertEquals(400, admin.put("/v1/customers/log-2", "{\"email\":\"" + EMAIL + "@@\",\"name\":\"" + NAME + "\"}")
          .status());
      assertEquals(401, admin.as(WRONG_KEY).get("/v1/customers/log-1").status());
      assertEquals(401, admin.as(EMAIL).get("/v1/customers/log-1").status());
      lines = logs.lines();
      requests = logs.events("request");
    }

    assertEquals(5, requests.size(), "one request event per request:\n" + String.join("\n", lines));
    Map<String, Object> saved = requests.get(0);
    assertEquals("PUT /v1/customers/{customerId}", saved.get("route"));
    assertEquals(program.id().value(), saved.get("programId"));
    assertEquals("ok", saved.get("outcome"));
    assertEquals(201, saved.get("status"));
    assertTrue(saved.get("requestId") instanceof String id && !id.isBlank(), "request id: " + saved);
    assertTrue(saved.get("durationMs") instanceof Number, "duration: " + saved);
    assertEquals("refused", requests.get(2).get("outcome"));
    assertEquals("refused", requests.get(3).get("outcome"));
    assertFalse(requests.get(3).containsKey("programId"), "an unknown key names no program");

    for (String line : lines) {
      for (String secret : List.of(EMAIL, "planted.annabel", NAME, "Plantinga", program.admin(), WRONG_KEY,
          WRONG_KEY.substring(0, 20))) {
        assertFalse(line.contains(secret), "a log line carries '" + secret + "':\n" + line);
      }
    }
  }
}
