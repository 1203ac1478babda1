package nl.klantpunten.functions.earning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.api.testing.TestSettings;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.EntryQuery;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * POST /v1/events through API Gateway events, the real handler and DynamoDB Local. Registration earns 50,
 * newsletter sign-up 25, a review 10.
 */
@ExtendWith(TestBackend.class)
class CustomerEventsTest {
  private Backend backend;
  private TestProgram program;
  private Http shop;

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.SHOP);
    TestSettings.apply(backend, program.id(),
        "{\"earning\": {\"actions\": {\"registration\": 50, \"newsletterSignup\": 25, \"review\": 10}}}");
    shop = new Http(new EarningFunction(backend, Duration.ZERO), program.key(Role.WEBSHOP));
    customer("c-1");
    customer("c-2");
  }

  private void customer(String id) {
    backend.stores().customers().save(program.id(), new CustomerId(id),
        CustomerDetails.parse(id + "@example.com", "Customer " + id, null), Instant.now());
  }

  private Http.Result event(String type, String customer, String reference) {
    return shop.post("/v1/events",
        "{\"type\": \"" + type + "\", \"customerId\": \"" + customer + "\", \"reference\": \"" + reference + "\"}");
  }

  private long balance(String customer) {
    return backend.stores().ledger().balance(program.id(), new CustomerId(customer)).orElseThrow().points();
  }

  private List<LedgerEntry> entries(String customer) {
    return backend.stores().ledger().entries(program.id(), new CustomerId(customer),
        new EntryQuery(100, null, null, null, null, true)).items();
  }

  @Test
  void registrationEarnsOncePerCustomer() {
    var first = event("registration", "c-1", "signup-1");
    assertEquals(201, first.status(), first.toString());
    assertEquals("earned", first.string("result"));
    assertEquals(50, first.number("earned"));
    var again = event("registration", "c-1", "signup-1");
    assertEquals(200, again.status());
    assertEquals("ALREADY_REWARDED", again.string("reason"));
    @SuppressWarnings("unchecked")
    Map<String, Object> firstEntry = (Map<String, Object>) first.json().get("entry");
    @SuppressWarnings("unchecked")
    Map<String, Object> sameEntry = (Map<String, Object>) again.json().get("entry");
    assertEquals(firstEntry.get("id"), sameEntry.get("id"), "the first entry is answered again");
    assertEquals("unchanged", event("registration", "c-1", "another-signup").string("result"));
    assertEquals(50, balance("c-1"));
    assertEquals("registration", entries("c-1").get(0).reason().wireName());
    assertEquals(201, event("registration", "c-2", "signup-2").status(), "another customer registers too");
  }

  @Test
  void newsletterSignUpEarnsOncePerCustomer() {
    assertEquals(25, event("newsletter_signup", "c-1", "nl-1").number("earned"));
    assertEquals(0, event("newsletter_signup", "c-1", "nl-2").number("earned"));
    assertEquals(25, balance("c-1"));
    assertEquals("newsletter", entries("c-1").get(0).reason().wireName());
  }

  @Test
  void eachReviewEarnsOnceByItsReference() {
    assertEquals(201, event("review", "c-1", "rev-1").status());
    assertEquals(201, event("review", "c-1", "rev-2").status());
    assertEquals(200, event("review", "c-1", "rev-1").status());
    assertEquals(20, balance("c-1"));
    var someoneElse = event("review", "c-2", "rev-1");
    assertEquals(422, someoneElse.status(), someoneElse.toString());
    assertEquals("REFERENCE_REUSED", someoneElse.string("code"));
    assertEquals(0, balance("c-2"));
  }

  @Test
  void inOnceModeOnlyTheFirstReviewEarns() {
    TestSettings.apply(backend, program.id(), "{\"earning\": {\"actions\": {\"reviewMode\": \"once\"}}}");
    assertEquals(201, event("review", "c-1", "rev-1").status());
    assertEquals("ALREADY_REWARDED", event("review", "c-1", "rev-2").string("reason"));
    assertEquals(10, balance("c-1"));
    assertEquals(201, event("review", "c-2", "rev-3").status());
  }

  @Test
  void anActionWorthNothingOrEarningOffWritesNothing() {
    TestSettings.apply(backend, program.id(), "{\"earning\": {\"actions\": {\"review\": 0}}}");
    var off = event("review", "c-1", "rev-1");
    assertEquals(200, off.status());
    assertEquals("ACTION_NOT_REWARDED", off.string("skipped"));
    TestSettings.apply(backend, program.id(), "{\"earning\": {\"enabled\": false}}");
    assertEquals("EARNING_DISABLED", event("registration", "c-1", "r").string("skipped"));
    assertTrue(entries("c-1").isEmpty());
    TestSettings.apply(backend, program.id(), "{\"earning\": {\"enabled\": true}}");
    assertEquals(201, event("registration", "c-1", "r").status(), "nothing was remembered while off");
  }

  @Test
  void anUnknownCustomerIs404AndLeavesNoGuardBehind() {
    assertEquals(404, event("registration", "c-new", "r").status());
    customer("c-new");
    assertEquals(201, event("registration", "c-new", "r").status());
  }

  @Test
  void badInputIsA400NamingTheField() {
    assertEquals("type", event("purchase", "c-1", "r").problemField());
    assertEquals("reference", shop.post("/v1/events", "{\"type\": \"review\", \"customerId\": \"c-1\"}")
        .problemField());
    assertEquals("customerId", event("review", "c#1", "r").problemField());
    assertTrue(entries("c-1").isEmpty());
  }

  @Test
  void vendorsDoNotReportShopEvents() {
    assertEquals(403, shop.as(program.key(Role.VENDOR)).post("/v1/events",
        "{\"type\": \"review\", \"customerId\": \"c-1\", \"reference\": \"r\"}").status());
    assertEquals(201, shop.as(program.admin()).post("/v1/events",
        "{\"type\": \"review\", \"customerId\": \"c-1\", \"reference\": \"r\"}").status());
  }
}
