package nl.klantpunten.functions.earning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.api.testing.TestSettings;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.card.CardCode;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.EntryQuery;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /v1/sales: a vendor's ratio is 10 points for every 5.00 EUR spent. */
@ExtendWith(TestBackend.class)
class VendorSalesTest {
  private Backend backend;
  private TestProgram program;
  private Http till;

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.VENDOR);
    TestSettings.apply(backend, program.id(), "{\"earning\": {\"ratio\": {\"points\": 10, \"amount\": \"5.00\"}}}");
    backend.stores().customers().save(program.id(), new CustomerId("v-1"),
        CustomerDetails.parse("vera@example.com", "Vera", "CARD-0042"), Instant.now());
    till = new Http(new EarningFunction(backend, Duration.ZERO), program.key(Role.VENDOR));
  }

  private Http.Result sale(String customer, String amount, String note) {
    return till.post("/v1/sales",
        "{\"customer\": \"" + customer + "\", \"saleAmount\": \"" + amount + "\", \"note\": \"" + note + "\"}");
  }

  private long balance() {
    return backend.stores().ledger().balance(program.id(), new CustomerId("v-1")).orElseThrow().points();
  }

  @Test
  void aSaleEarnsByTheVendorsRatioFloored() {
    var r = sale("v-1", "12.34", "2 coffees");
    assertEquals(201, r.status(), r.toString());
    assertEquals(24, r.number("earned"));
    assertEquals(24, balance());
    LedgerEntry entry = backend.stores().ledger().entries(program.id(), new CustomerId("v-1"),
        new EntryQuery(10, null, null, null, null, false)).items().get(0);
    assertEquals("sale", entry.reason().wireName());
    assertEquals("2 coffees", entry.note());
  }

  @Test
  void theCustomerMayBeNamedByCardCode() {
    assertEquals("v-1", sale("CARD-0042", "5.00", "lunch").string("customerId"));
    assertEquals("v-1", sale("card-0042", "5.00", "lunch").string("customerId"), "card codes are upper case");
    assertEquals(20, balance());
  }

  @Test
  void aCardProgramsCodeMayBeTypedWithoutItsDashInAnyCase() {
    String code = CardCode.generate(new java.util.Random(7)).value();
    backend.stores().customers().save(program.id(), new CustomerId("v-2"),
        CustomerDetails.parse("zoe@example.com", "Zoë", code), Instant.now());
    String typed = code.replace("-", "").toLowerCase(java.util.Locale.ROOT);
    var r = sale(typed, "5.00", "bread");
    assertEquals(201, r.status(), r.toString());
    assertEquals("v-2", r.string("customerId"), "typed " + typed + " for " + code);
  }

  @Test
  void aSaleTooSmallForAPointWritesNothing() {
    var r = sale("v-1", "0.49", "mint");
    assertEquals(200, r.status());
    assertEquals("BELOW_RATIO", r.string("skipped"));
    assertEquals(0, balance());
  }

  @Test
  void theNoteIsRequiredAndTheAmountMustBeValid() {
    assertEquals("note", sale("v-1", "10.00", " ").problemField());
    assertEquals("saleAmount", sale("v-1", "0", "n").problemField());
    assertEquals("saleAmount", sale("v-1", "1.001", "n").problemField());
    assertEquals("saleAmount", till.post("/v1/sales", "{\"customer\": \"v-1\", \"note\": \"n\"}").problemField());
    assertEquals(0, balance());
  }

  @Test
  void anUnknownCustomerOrCardIs404() {
    assertEquals(404, sale("nobody", "10.00", "n").status());
    assertEquals(404, sale("CARD-9999", "10.00", "n").status());
  }

  @Test
  void anIdempotencyKeyMakesARetryAnswerTheFirstSale() {
    String body = "{\"customer\": \"v-1\", \"saleAmount\": \"10.00\", \"note\": \"cake\"}";
    var first = till.send("POST", "/v1/sales", body, Map.of("Idempotency-Key", "till-7-0001"));
    var retry = till.send("POST", "/v1/sales", body, Map.of("Idempotency-Key", "till-7-0001"));
    assertEquals(201, first.status());
    assertEquals("true", retry.header("idempotent-replayed"));
    assertEquals(20, balance());
  }

  @Test
  void aYenVendorCountsWholeYen() {
    TestProgram yen = TestProgram.create(backend, ProgramKind.VENDOR, Currency.getInstance("JPY"));
    TestSettings.apply(backend, yen.id(), "{\"earning\": {\"ratio\": {\"points\": 1, \"amount\": \"100\"}}}");
    backend.stores().customers().save(yen.id(), new CustomerId("j-1"),
        CustomerDetails.parse("ken@example.jp", "Ken", null), Instant.now());
    Http yenTill = till.as(yen.key(Role.VENDOR));
    var r = yenTill.post("/v1/sales", "{\"customer\": \"j-1\", \"saleAmount\": \"1999\", \"note\": \"ramen\"}");
    assertEquals(19, r.number("earned"), r.toString());
    assertEquals("saleAmount", yenTill.post("/v1/sales",
        "{\"customer\": \"j-1\", \"saleAmount\": \"19.99\", \"note\": \"ramen\"}").problemField());
  }

  @Test
  void webshopKeysDoNotRecordSales() {
    assertEquals(403, till.as(program.key(Role.WEBSHOP)).post("/v1/sales",
        "{\"customer\": \"v-1\", \"saleAmount\": \"10.00\", \"note\": \"n\"}").status());
    assertTrue(backend.stores().ledger().entries(program.id(), new CustomerId("v-1"),
        new EntryQuery(10, null, null, null, null, true)).items().isEmpty());
  }

  @Test
  void aDisabledProgramEarnsNothingForSales() {
    TestSettings.apply(backend, program.id(), "{\"earning\": {\"enabled\": false}}");
    assertEquals("EARNING_DISABLED", sale("v-1", "10.00", "n").string("skipped"));
    assertEquals(0, balance());
  }
}
