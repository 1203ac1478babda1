package nl.klantpunten.functions.earning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.api.testing.TestSettings;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.card.CardProgramSettings;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.EntryQuery;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.dynamodb.DynamoCardStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Customer actions and vendor sales under the switches: {@code points.enabled} off refuses both with 409
 * POINTS_DISABLED, a vendor's card distribution off refuses sales with 409 CARD_DISTRIBUTION_DISABLED; nothing is
 * written then, and both work again once switched back on.
 */
@ExtendWith(TestBackend.class)
class EarningSwitchesTest {
  private static final CustomerId VERA = new CustomerId("v-1");
  private Backend backend;
  private TestProgram vendor;
  private Http till;

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    vendor = TestProgram.create(backend, ProgramKind.VENDOR);
    TestSettings.apply(backend, vendor.id(), "{\"earning\": {\"ratio\": {\"points\": 10, \"amount\": \"5.00\"},"
        + " \"actions\": {\"registration\": 25}}}");
    backend.stores().customers().save(vendor.id(), VERA, CustomerDetails.parse("vera@example.com", "Vera",
        "CARD-0042"), Instant.now());
    till = new Http(new EarningFunction(backend, Duration.ZERO), vendor.key(Role.VENDOR));
  }

  private Http.Result sale() {
    return till.post("/v1/sales", "{\"customer\": \"CARD-0042\", \"saleAmount\": \"10.00\", \"note\": \"bread\"}");
  }

  private int entries(TestProgram program) {
    return backend.stores().ledger().entries(program.id(), VERA, new EntryQuery(100, null, null, null, null, true))
        .items().size();
  }

  private void distribution(boolean enabled) {
    var cardPrograms = DynamoCardStores.over(backend.stores()).cardPrograms();
    long version = cardPrograms.find(vendor.id()).map(p -> p.version()).orElse(0L);
    cardPrograms.save(vendor.id(), CardProgramSettings.parse("s" + vendor.id().value().toLowerCase()
            .replaceAll("[^a-z0-9]", ""), "https://bakker.example/k", null, null, null, null, null, enabled),
        version, Instant.now());
  }

  @Test
  void aSaleIsRefusedWhilePointsAreOffAndEarnsOnceTheyAreOn() {
    TestSettings.apply(backend, vendor.id(), "{\"points\": {\"enabled\": false}}");
    Http.Result refused = sale();
    assertEquals(409, refused.status(), refused.toString());
    assertEquals("application/problem+json", refused.contentType());
    assertEquals("POINTS_DISABLED", refused.string("code"));
    assertEquals(0, entries(vendor));
    assertEquals(0, backend.stores().ledger().balance(vendor.id(), VERA).orElseThrow().points());

    TestSettings.apply(backend, vendor.id(), "{\"points\": {\"enabled\": true}}");
    Http.Result earned = sale();
    assertEquals(201, earned.status(), earned.toString());
    assertEquals(20, earned.number("earned"));
  }

  @Test
  void aCustomerActionIsRefusedWhilePointsAreOff() {
    TestProgram shop = TestProgram.create(backend, ProgramKind.SHOP);
    TestSettings.apply(backend, shop.id(), "{\"earning\": {\"actions\": {\"registration\": 25}},"
        + " \"points\": {\"enabled\": false}}");
    backend.stores().customers().save(shop.id(), VERA, CustomerDetails.parse("vera@example.com", "Vera", null),
        Instant.now());
    Http webshop = new Http(new EarningFunction(backend, Duration.ZERO), shop.key(Role.WEBSHOP));
    String body = "{\"type\": \"registration\", \"customerId\": \"v-1\", \"reference\": \"signup-1\"}";
    Http.Result refused = webshop.post("/v1/events", body);
    assertEquals(409, refused.status(), refused.toString());
    assertEquals("POINTS_DISABLED", refused.string("code"));
    assertEquals(0, entries(shop));

    TestSettings.apply(backend, shop.id(), "{\"points\": {\"enabled\": true}}");
    Http.Result earned = webshop.post("/v1/events", body);
    assertEquals(201, earned.status(), earned.toString());
    assertEquals(25, earned.number("earned"));
  }

  @Test
  void badInputIsStill400WhilePointsAreOff() {
    TestSettings.apply(backend, vendor.id(), "{\"points\": {\"enabled\": false}}");
    assertEquals("saleAmount", till.post("/v1/sales", "{\"customer\": \"v-1\", \"note\": \"n\"}").problemField());
  }

  @Test
  void aSaleIsRefusedWhileTheVendorHandsOutNoCards() {
    distribution(false);
    Http.Result refused = sale();
    assertEquals(409, refused.status(), refused.toString());
    assertEquals("CARD_DISTRIBUTION_DISABLED", refused.string("code"));
    Http.Result byId = till.post("/v1/sales", "{\"customer\": \"v-1\", \"saleAmount\": \"10.00\", \"note\": \"n\"}");
    assertEquals("CARD_DISTRIBUTION_DISABLED", byId.string("code"), "by customer id as well as by card code");
    assertEquals(0, entries(vendor));

    distribution(true);
    assertEquals(201, sale().status());
    assertEquals(1, entries(vendor));
  }

  @Test
  void aProgramWithoutACardProgramSellsAsBefore() {
    assertTrue(DynamoCardStores.over(backend.stores()).cardPrograms().find(vendor.id()).isEmpty());
    assertEquals(201, sale().status());
  }
}
