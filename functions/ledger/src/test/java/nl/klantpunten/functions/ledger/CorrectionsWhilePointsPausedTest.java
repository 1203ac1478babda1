package nl.klantpunten.functions.ledger;

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
import nl.klantpunten.core.ledger.EntryQuery;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Manual corrections while the program's points are off: an admin may still preview, credit, debit and delete (to
 * fix balances during the pause); a vendor at the till gets 409 POINTS_DISABLED and writes nothing. Reading stays
 * open to everyone.
 */
@ExtendWith(TestBackend.class)
class CorrectionsWhilePointsPausedTest {
  private static final CustomerId C1 = new CustomerId("c-1");
  private Backend backend;
  private TestProgram program;
  private Http admin;
  private Http vendor;

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.VENDOR);
    backend.stores().customers().save(program.id(), C1, CustomerDetails.parse("c1@example.com", "C One", null),
        Instant.now());
    LedgerFunction function = new LedgerFunction(backend);
    admin = new Http(function, program.admin());
    vendor = new Http(function, program.key(Role.VENDOR));
    assertEquals(201, admin.post("/v1/customers/c-1/transactions", "{\"points\":100,\"note\":\"start\"}").status());
    TestSettings.apply(backend, program.id(), "{\"points\": {\"enabled\": false}}");
  }

  private int entries() {
    return backend.stores().ledger().entries(program.id(), C1, new EntryQuery(100, null, null, null, null, true))
        .items().size();
  }

  @Test
  void anAdminCorrectsWhilePaused() {
    Http.Result preview = admin.post("/v1/customers/c-1/transactions/preview", "{\"points\":-30,\"note\":\"fix\"}");
    assertEquals(200, preview.status(), preview.toString());
    assertEquals(70, preview.number("newBalance"));
    Http.Result debit = admin.post("/v1/customers/c-1/transactions", "{\"points\":-30,\"note\":\"fix\"}");
    assertEquals(201, debit.status(), debit.toString());
    assertEquals(200, admin.delete("/v1/customers/c-1/transactions/" + debit.string("id")).status());
    assertEquals(100, admin.get("/v1/customers/c-1/balance").number("balance"));
  }

  @Test
  void aVendorIsRefusedAndWritesNothingButStillReads() {
    Http.Result credit = vendor.post("/v1/customers/c-1/transactions", "{\"points\":25,\"note\":\"coffee\"}");
    assertEquals(409, credit.status(), credit.toString());
    assertEquals("POINTS_DISABLED", credit.string("code"));
    Http.Result preview = vendor.post("/v1/customers/c-1/transactions/preview", "{\"points\":25,\"note\":\"c\"}");
    assertEquals("POINTS_DISABLED", preview.string("code"));
    assertEquals(1, entries());
    assertEquals(100, vendor.get("/v1/customers/c-1/balance").number("balance"));
    assertEquals(200, vendor.get("/v1/customers/c-1/transactions").status());

    TestSettings.apply(backend, program.id(), "{\"points\": {\"enabled\": true}}");
    assertEquals(201, vendor.post("/v1/customers/c-1/transactions", "{\"points\":25,\"note\":\"coffee\"}").status());
    assertEquals(2, entries());
  }
}
