package nl.klantpunten.functions.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The foundation's story through API Gateway events, the real handler and DynamoDB Local. */
@ExtendWith(TestBackend.class)
class ManualAdjustmentFlowTest {
  private Http admin;
  private String path;

  @BeforeEach
  void setUp(Backend backend) {
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP);
    backend.stores().customers().save(program.id(), new CustomerId("c-1"),
        CustomerDetails.parse("anna@example.com", "Anna", null), Instant.now());
    admin = new Http(new LedgerFunction(backend), program.admin());
    path = "/v1/customers/c-1";
  }

  @Test
  void creditPreviewDebitHistoryAndDeletes() {
    var credit = admin.post(path + "/transactions", "{\"points\":500,\"note\":\"welcome gift\"}");
    assertEquals(201, credit.status(), credit.toString());
    String creditId = credit.string("id");

    var preview = admin.post(path + "/transactions/preview", "{\"points\":-200,\"note\":\"check\"}");
    assertEquals(200, preview.status(), preview.toString());
    assertEquals(500, preview.number("currentBalance"));
    assertEquals(300, preview.number("newBalance"));
    assertEquals(Boolean.TRUE, preview.json().get("allowed"));
    assertEquals(500, admin.get(path + "/balance").number("balance"), "preview wrote nothing");

    var debit = admin.post(path + "/transactions", "{\"points\":-200,\"note\":\"returned goods\"}");
    assertEquals(201, debit.status(), debit.toString());
    String debitId = debit.string("id");

    List<Map<String, Object>> history = admin.get(path + "/transactions").items();
    assertEquals(List.of(debitId, creditId), history.stream().map(e -> e.get("id")).toList(), "newest first");

    var refused = admin.delete(path + "/transactions/" + creditId);
    assertEquals(409, refused.status(), refused.toString());
    assertEquals("application/problem+json", refused.contentType());
    assertEquals(300, admin.get(path + "/balance").number("balance"), "a refused delete changes nothing");

    var deleted = admin.delete(path + "/transactions/" + debitId);
    assertEquals(200, deleted.status(), deleted.toString());
    assertEquals(500, admin.get(path + "/balance").number("balance"));

    List<Map<String, Object>> visible = admin.get(path + "/transactions").items();
    assertEquals(List.of(creditId), visible.stream().map(e -> e.get("id")).toList());
    List<Map<String, Object>> audit = admin.get(path + "/transactions?includeDeleted=true").items();
    assertEquals(2, audit.size());
    assertTrue(audit.get(0).containsKey("deletedAt"));
    assertFalse(audit.get(1).containsKey("deletedAt"));
  }
}
