package nl.klantpunten.functions.badges;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.api.testing.TestSettings;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.EntryQuery;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * While the program's points are off a reward claim (a spend) is refused with 409 POINTS_DISABLED and nothing is
 * written, while the "My points" summary still reads and says {@code pointsEnabled: false}.
 */
@ExtendWith(TestBackend.class)
class RewardClaimPointsPausedTest {

  @Test
  void aClaimIsRefusedWhilePausedAndTheSummaryStillReads(Backend backend) {
    TestProgram program = TestProgram.create(backend, ProgramKind.VENDOR);
    Http vendor = new Http(new BadgesFunction(backend), program.key(Role.VENDOR));
    CustomerId anna = new CustomerId("anna");
    backend.stores().customers().save(program.id(), anna, CustomerDetails.parse("anna@example.com", "Anna", null),
        Instant.now());
    backend.stores().ledger().record(program.id(),
        new BalanceChange(anna, 150, EntryKind.ADJUST, Reason.MANUAL, "start", null, "test", null));
    assertEquals(201, vendor.put("/v1/rewards/coffee", "{\"name\":\"Coffee\",\"pointsRequired\":100}").status());
    assertEquals(true, vendor.get("/v1/customers/anna/summary").json().get("pointsEnabled"));
    TestSettings.apply(backend, program.id(), "{\"points\": {\"enabled\": false}}");

    Http.Result refused = vendor.post("/v1/customers/anna/rewards/coffee/claim", "{\"note\":\"table 4\"}");
    assertEquals(409, refused.status(), refused.toString());
    assertEquals("POINTS_DISABLED", refused.string("code"));
    assertEquals(150, backend.stores().ledger().balance(program.id(), anna).orElseThrow().points());
    assertEquals(1, backend.stores().ledger().entries(program.id(), anna,
        new EntryQuery(100, null, null, null, null, true)).items().size());
    Http.Result summary = vendor.get("/v1/customers/anna/summary");
    assertEquals(200, summary.status(), summary.toString());
    assertEquals(150, summary.number("balance"));
    assertEquals(false, summary.json().get("pointsEnabled"));

    TestSettings.apply(backend, program.id(), "{\"points\": {\"enabled\": true}}");
    assertEquals(201, vendor.post("/v1/customers/anna/rewards/coffee/claim", "{}").status());
    assertEquals(50, backend.stores().ledger().balance(program.id(), anna).orElseThrow().points());
  }
}
