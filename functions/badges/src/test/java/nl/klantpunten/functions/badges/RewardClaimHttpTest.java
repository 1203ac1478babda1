package nl.klantpunten.functions.badges;

import static nl.klantpunten.functions.badges.BadgeCatalogHttpTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Claiming rewards: one ledger entry with reason reward, 409 when short, idempotent with a key. */
@ExtendWith(TestBackend.class)
class RewardClaimHttpTest {
  private Backend backend;
  private TestProgram program;
  private Http vendor;
  private final CustomerId anna = new CustomerId("anna");

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.VENDOR);
    vendor = new Http(new BadgesFunction(backend), program.key(Role.VENDOR));
    backend.stores().customers().save(program.id(), anna, CustomerDetails.parse("anna@example.com", "Anna", null),
        Instant.now());
    backend.stores().ledger().record(program.id(),
        new BalanceChange(anna, 150, EntryKind.ADJUST, Reason.MANUAL, "start", null, "test", null));
    assertEquals(201, vendor.put("/v1/rewards/coffee", "{\"name\":\"Coffee\",\"pointsRequired\":100}").status());
  }

  private long balance() {
    return backend.stores().ledger().balance(program.id(), anna).orElseThrow().points();
  }

  @Test
  void aClaimIsOneEntryWithReasonRewardAndTooFewPointsIs409() {
    Http.Result claimed = vendor.post("/v1/customers/anna/rewards/coffee/claim", "{\"note\":\"table 4\"}");
    assertEquals(201, claimed.status(), claimed.toString());
    @SuppressWarnings("unchecked")
    Map<String, Object> entry = (Map<String, Object>) claimed.json().get("entry");
    assertEquals(-100, ((Number) entry.get("points")).intValue());
    assertEquals("reward", entry.get("reason"));
    assertEquals("spend", entry.get("kind"));
    assertEquals("table 4", entry.get("note"));
    assertEquals("reward:coffee", entry.get("sourceRef"));
    assertEquals(50, balance());

    assertProblem(vendor.post("/v1/customers/anna/rewards/coffee/claim", "{}"), 409, "points");
    assertEquals(50, balance(), "a refused claim writes nothing");
  }

  @Test
  void aRetryWithTheSameKeyClaimsOnce() {
    Map<String, String> key = Map.of("Idempotency-Key", "claim-1");
    Http.Result first = vendor.send("POST", "/v1/customers/anna/rewards/coffee/claim", "{}", key);
    Http.Result again = vendor.send("POST", "/v1/customers/anna/rewards/coffee/claim", "{}", key);
    assertEquals(201, first.status(), first.toString());
    assertEquals(201, again.status(), again.toString());
    assertEquals("true", again.header("idempotent-replayed"));
    assertEquals(50, balance());
  }

  @Test
  void unknownRewardOrCustomerIs404AndBadInputIs400() {
    assertProblem(vendor.post("/v1/customers/anna/rewards/tea/claim", "{}"), 404, "rewardId");
    assertEquals(404, vendor.post("/v1/customers/nobody/rewards/coffee/claim", "{}").status());
    assertProblem(vendor.post("/v1/customers/anna/rewards/coffee/claim", "{\"notes\":\"x\"}"), 400, "notes");
    assertEquals(150, balance());
  }
}
