package nl.klantpunten.functions.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.functions.customers.CustomersFunction;
import nl.klantpunten.functions.enrolment.EnrolmentFunction;
import nl.klantpunten.functions.ledger.LedgerFunction;
import nl.klantpunten.functions.panel.VendorPanelFunction;
import nl.klantpunten.s3.S3CardFileStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Vendor A can never get a card, customer or transaction of vendor B, through any handler of this issue or the ones
 * a vendor panel uses next to them, not even where both programs have a customer with the same id.
 */
@ExtendWith({TestBackend.class, TestS3.Extension.class})
class CardTenantIsolationTest {
  private Vendor a;
  private Vendor b;

  /** One vendor's program with its functions, all called with its vendor key. */
  private record Vendor(TestProgram program, Http enrolment, Http link, Http panel, Http ledger, Http customers,
      Http cards) {
    static Vendor create(Backend backend, TestS3 s3) {
      TestProgram program = TestProgram.create(backend, ProgramKind.VENDOR);
      String key = program.key(Role.VENDOR);
      EnrolmentFunction enrolment = new EnrolmentFunction(backend);
      return new Vendor(program, new Http(enrolment, key), new Http(enrolment, null),
          new Http(new VendorPanelFunction(backend), key), new Http(new LedgerFunction(backend), key),
          new Http(new CustomersFunction(backend), key), new Http(new CardsFunction(backend, s3.files()), key));
    }

    String slug() {
      return "iso-" + program.id().value().substring(4);
    }

    void setUpCards(String baseUrl) {
      var put = enrolment.put("/v1/card-program", "{\"slug\":\"" + slug() + "\",\"customerBaseUrl\":\"" + baseUrl
          + "\",\"welcomePoints\":10}");
      assertEquals(201, put.status(), put.toString());
    }

    /** Enrols through the public link; returns {customerId, cardCode}. */
    String[] enrol(String email, String name) {
      var enrolled = link.post("/v1/enrol/" + slug(), "{\"email\":\"" + email + "\",\"name\":\"" + name + "\"}");
      assertEquals(202, enrolled.status(), enrolled.toString());
      // the answer carries no card code (it is emailed); the vendor finds the customer it made
      String customerId = nl.klantpunten.core.card.EnrolledCustomerId.of(program.id(), email).value();
      String code = customers.get("/v1/customers/" + customerId).string("cardCode");
      return new String[] {panel.get("/v1/panel/cards/" + code).string("customerId"), code};
    }
  }

  @BeforeEach
  void setUp(Backend backend, TestS3 s3) {
    a = Vendor.create(backend, s3);
    b = Vendor.create(backend, s3);
    a.setUpCards("https://a.example/klant");
    b.setUpCards("https://b.example/klant");
  }

  @Test
  void noCardCustomerOrTransactionOfAnotherVendor() throws Exception {
    String[] bob = b.enrol("bob@example.com", "Bob of B");
    String bobsEntry = b.ledger.post("/v1/customers/" + bob[0] + "/transactions", "{\"points\":40,\"note\":\"B sale\"}")
        .string("id");

    // B's customer, addressed by id with A's key, does not exist for A
    String path = "/v1/customers/" + bob[0];
    assertEquals(404, a.cards.post(path + "/card", null).status());
    assertEquals(404, a.customers.get(path).status());
    assertEquals(404, a.ledger.get(path + "/balance").status());
    assertEquals(404, a.ledger.get(path + "/transactions").status());
    assertEquals(404, a.ledger.as(a.program().admin()).delete(path + "/transactions/" + bobsEntry).status());
    // B's card code and B's entries are not in A's panel
    assertEquals(404, a.panel.get("/v1/panel/cards/" + bob[1]).status());
    assertEquals(List.of(), a.panel.get("/v1/panel/customers").items());
    assertEquals(List.of(), a.panel.get("/v1/panel/transactions").items());
    assertEquals(List.of(), a.panel.get("/v1/panel/transactions?customerId=" + bob[0]).items());
    assertEquals(List.of(), a.customers.get("/v1/customers?q=bob").items());
    // and B's side is untouched by all of that
    assertEquals(50, b.ledger.get(path + "/balance").number("balance"));
  }

  @Test
  void theSameEmailOrCustomerIdInTwoProgramsStaysTwoCustomers() throws Exception {
    String[] inA = a.enrol("same@example.com", "Same in A");
    String[] inB = b.enrol("same@example.com", "Same in B");
    assertFalse(inA[0].equals(inB[0]), "enrolled ids differ per program");

    // a customer id both programs use (created by the shop API), each with its own card code
    String shared = "{\"email\":\"shared@example.com\",\"name\":\"%s\",\"cardCode\":\"%s\"}";
    var createdInA = a.customers.put("/v1/customers/shared", String.format(shared, "Shared in A", "SHARED-A"));
    assertEquals(201, createdInA.status(), createdInA.toString());
    var createdInB = b.customers.put("/v1/customers/shared", String.format(shared, "Shared in B", "SHARED-B"));
    assertEquals(201, createdInB.status(), createdInB.toString());
    assertEquals(201, b.ledger.post("/v1/customers/shared/transactions", "{\"points\":999,\"note\":\"B only\"}")
        .status());

    var aCard = a.cards.post("/v1/customers/shared/card", null);
    assertEquals(201, aCard.status(), aCard.toString());
    assertEquals(0, aCard.number("balance"), "A's balance, not B's 999");
    assertEquals("SHARED-A", aCard.string("cardCode"));
    String url = aCard.string("url");
    assertTrue(url.contains("/" + S3CardFileStore.programPrefix(a.program().id())), url);
    PdfInspection pdf = new PdfInspection(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
        .build(), HttpResponse.BodyHandlers.ofByteArray()).body());
    assertTrue(pdf.text().contains("Shared in A") && pdf.text().contains("SHARED-A"), pdf.text());
    assertFalse(pdf.text().contains("Shared in B"), pdf.text());
    assertEquals("https://a.example/klant/SHARED-A", pdf.qrCode().getText());

    List<Map<String, Object>> aEntries = a.panel.get("/v1/panel/transactions").items();
    assertTrue(aEntries.stream().noneMatch(e -> "B only".equals(e.get("note"))), aEntries.toString());
    assertEquals(List.of("Same in A"), a.panel.get("/v1/panel/transactions").items().stream()
        .map(e -> e.get("customerName")).toList(), "only A's welcome entry");
  }
}
