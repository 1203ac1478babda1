package nl.klantpunten.functions.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.card.CardProgramSettings;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.dynamodb.DynamoCardStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /v1/customers/{id}/card for the cases other than the story: refusals, roles, cards of shop-made customers. */
@ExtendWith({TestBackend.class, TestS3.Extension.class})
class CardErrorsTest {
  private Backend backend;
  private TestProgram program;
  private Http vendor;

  @BeforeEach
  void setUp(Backend backend, TestS3 s3) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.VENDOR);
    vendor = new Http(new CardsFunction(backend, s3.files()), program.key(Role.VENDOR));
  }

  private void customer(String id, String cardCode) {
    backend.stores().customers().save(program.id(), new CustomerId(id),
        CustomerDetails.parse(id + "@example.com", "Customer " + id, cardCode), Instant.now());
  }

  private void cardProgram(int validityMonths) {
    DynamoCardStores.over(backend.stores()).cardPrograms().save(program.id(), CardProgramSettings.parse(
        "errors-" + program.id().value().substring(4), "https://shop.example/k", (long) validityMonths, null, null,
        null, null), 0, Instant.now());
  }

  @Test
  void refusalsNameWhatIsMissing() {
    customer("with-code", "CODE-0001");
    var notSetUp = vendor.post("/v1/customers/with-code/card", null);
    assertEquals(409, notSetUp.status(), notSetUp.toString());
    assertEquals("CARD_PROGRAM_NOT_SET_UP", notSetUp.string("code"));

    cardProgram(12);
    var unknown = vendor.post("/v1/customers/nobody/card", null);
    assertEquals(404, unknown.status());
    assertEquals("customerId", unknown.problemField());
    var badId = vendor.post("/v1/customers/" + "x".repeat(129) + "/card", null);
    assertEquals(400, badId.status());
    assertEquals("customerId", badId.problemField());

    customer("without-code", null);
    var noCode = vendor.post("/v1/customers/without-code/card", null);
    assertEquals(409, noCode.status(), noCode.toString());
    assertEquals("NO_CARD_CODE", noCode.string("code"));
    assertEquals("customerId", noCode.problemField());

    assertEquals(403, vendor.as(program.key(Role.WEBSHOP)).post("/v1/customers/with-code/card", null).status());
    assertEquals(401, vendor.as(null).post("/v1/customers/with-code/card", null).status());
    assertEquals(405, vendor.get("/v1/customers/with-code/card").status());
    assertEquals(201, vendor.as(program.admin()).post("/v1/customers/with-code/card", null).status());
  }

  @Test
  void aShopMadeCustomerGetsACardIssuedOnFirstUseAndAgainAfterACodeChange() {
    cardProgram(3);
    customer("shop-made", "CODE-0002");
    var first = vendor.post("/v1/customers/shop-made/card", null);
    assertEquals(201, first.status(), first.toString());
    LocalDate today = Instant.now().atZone(ZoneOffset.UTC).toLocalDate();
    // the card is issued today (UTC, the default zone) for 3 months; tolerate a run across midnight
    assertEquals(true, first.string("cardExpiresOn").equals(today.plusMonths(3).toString())
        || first.string("cardExpiresOn").equals(today.plusDays(1).plusMonths(3).toString()), first.toString());
    var again = vendor.post("/v1/customers/shop-made/card", null);
    assertEquals(first.string("cardExpiresOn"), again.string("cardExpiresOn"), "the same card, not a new one");
    assertNotEquals(first.string("url"), again.string("url"), "each call draws a new file");

    customer("shop-made", "CODE-0003");
    var changed = vendor.post("/v1/customers/shop-made/card", null);
    assertEquals("CODE-0003", changed.string("cardCode"));
    assertEquals("CODE-0003", DynamoCardStores.over(backend.stores()).cards()
        .find(program.id(), new CustomerId("shop-made")).orElseThrow().cardCode());
  }
}
