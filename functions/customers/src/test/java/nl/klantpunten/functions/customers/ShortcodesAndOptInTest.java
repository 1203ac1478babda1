package nl.klantpunten.functions.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** emailOptIn on PUT /v1/customers/{id} and GET /v1/customers/{id}/shortcodes, through the real handler. */
@ExtendWith(TestBackend.class)
class ShortcodesAndOptInTest {
  private Backend backend;
  private TestProgram program;
  private Http admin;

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.SHOP);
    admin = new Http(new CustomersFunction(backend), program.admin());
  }

  @Test
  void emailOptInDefaultsToYesAndIsKeptWhenLeftOut() {
    assertEquals(true, admin.put("/v1/customers/k1", "{\"email\":\"k@example.com\",\"name\":\"K\"}").json()
        .get("emailOptIn"));
    assertEquals(false, admin.put("/v1/customers/k1",
        "{\"email\":\"k@example.com\",\"name\":\"K\",\"emailOptIn\":false}").json().get("emailOptIn"));
    assertEquals(false, admin.put("/v1/customers/k1", "{\"email\":\"k@example.com\",\"name\":\"K2\"}").json()
        .get("emailOptIn"), "a PUT without the field keeps the customer's choice");
    assertEquals(false, admin.get("/v1/customers/k1").json().get("emailOptIn"));
    assertEquals("emailOptIn", admin.put("/v1/customers/k1",
        "{\"email\":\"k@example.com\",\"name\":\"K\",\"emailOptIn\":\"no\"}").problemField());
  }

  @Test
  @SuppressWarnings("unchecked")
  void shortcodesGiveTheCurrentValuesUnderTheTemplatesNames() {
    admin.put("/v1/customers/s1", "{\"email\":\"s@example.com\",\"name\":\"Sam\"}");
    backend.stores().ledger().record(program.id(), new BalanceChange(new CustomerId("s1"), 120, EntryKind.EARN,
        Reason.MANUAL, "n", null, "test", null));
    backend.stores().ledger().record(program.id(), new BalanceChange(new CustomerId("s1"), -20, EntryKind.SPEND,
        Reason.REDEMPTION, "n", null, "test", null));

    Http.Result codes = admin.get("/v1/customers/s1/shortcodes");

    assertEquals(200, codes.status(), codes.toString());
    Map<String, Object> values = (Map<String, Object>) codes.json().get("values");
    assertEquals("Sam", values.get("customer.name"));
    assertEquals("100", values.get("balance"));
    assertEquals("120", values.get("points.lifetime"));
    assertEquals("Test " + program.id().value(), values.get("program.name"));
    assertEquals(List.of("badge.title", "reward.name"), codes.json().get("unavailable"));
    assertEquals(404, admin.get("/v1/customers/nobody/shortcodes").status());
  }
}
