package nl.klantpunten.functions.automation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.api.testing.TestSettings;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.EntryQuery;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /v1/automation/points while the program's points are off: 409 POINTS_DISABLED, nothing written. */
@ExtendWith(TestBackend.class)
class AutomationPointsPausedTest {

  @Test
  void aBulkActionIsRefusedWhilePausedAndAppliedOnceBackOn(Backend backend) {
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP);
    CustomerId anna = new CustomerId("anna");
    backend.stores().customers().save(program.id(), anna, CustomerDetails.parse("anna@example.com", "Anna", null),
        Instant.now());
    Http admin = new Http(new AutomationFunction(backend), program.admin());
    String body = "{\"customerIds\": [\"anna\"], \"action\": \"add\", \"points\": 50, \"note\": \"spring\"}";
    TestSettings.apply(backend, program.id(), "{\"points\": {\"enabled\": false}}");

    Http.Result refused = admin.send("POST", "/v1/automation/points", body, Map.of("idempotency-key", "spring-1"));
    assertEquals(409, refused.status(), refused.toString());
    assertEquals("POINTS_DISABLED", refused.string("code"));
    assertEquals(0, backend.stores().ledger().balance(program.id(), anna).orElseThrow().points());
    assertEquals(0, backend.stores().ledger().entries(program.id(), anna,
        new EntryQuery(100, null, null, null, null, true)).items().size());

    TestSettings.apply(backend, program.id(), "{\"points\": {\"enabled\": true}}");
    Http.Result applied = admin.send("POST", "/v1/automation/points", body, Map.of("idempotency-key", "spring-1"));
    assertEquals(200, applied.status(), applied.toString());
    assertEquals(50, backend.stores().ledger().balance(program.id(), anna).orElseThrow().points());
  }
}
