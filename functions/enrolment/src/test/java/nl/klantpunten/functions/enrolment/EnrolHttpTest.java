package nl.klantpunten.functions.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.card.Card;
import nl.klantpunten.core.card.CardCode;
import nl.klantpunten.core.card.EnrolledCustomerId;
import nl.klantpunten.core.customer.Customer;
import nl.klantpunten.core.ledger.EntryQuery;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.dynamodb.DynamoCardStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Public enrolment through API Gateway events, the real EnrolmentFunction and DynamoDB Local. */
@ExtendWith(TestBackend.class)
class EnrolHttpTest {
  private static final long WELCOME = 75;
  /** DynamoDB Local serialises transactions; 8 threads keep the races without making the run slow. */
  private static final int THREADS = 8;
  private Backend backend;
  private TestProgram program;
  private String slug;

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.VENDOR);
    slug = Slugs.unique("enrol");
  }

  /** The vendor sets up its card program through the same function, as in production. */
  private Http publicLink(EnrolmentFunction function, int perMinute) {
    var setUp = new Http(function, program.key(Role.VENDOR)).put("/v1/card-program", "{\"slug\":\"" + slug
        + "\",\"customerBaseUrl\":\"https://shop.example/klant\",\"welcomePoints\":" + WELCOME
        + ",\"validityMonths\":6,\"enrolmentsPerMinute\":" + perMinute + "}");
    assertEquals(201, setUp.status(), setUp.toString());
    return new Http(function, null);
  }

  private static String person(String email, String name) {
    return "{\"email\":\"" + email + "\",\"name\":\"" + name + "\"}";
  }

  /** The card code as stored: the public answer never carries it (it goes to the customer by email). */
  private String codeOf(String email) {
    return backend.stores().customers().find(program.id(), EnrolledCustomerId.of(program.id(), email)).orElseThrow()
        .cardCode();
  }

  @Test
  void thePublicAnswerNeverCarriesACardCodeAndReadsTheSameForKnownAndUnknownEmails() {
    Http link = publicLink(new EnrolmentFunction(backend), 30);
    var unknown = link.post("/v1/enrol/" + slug, person("first@example.com", "First"));
    var known = link.post("/v1/enrol/" + slug, person("first@example.com", "Someone Else"));
    var other = link.post("/v1/enrol/" + slug, person("second@example.com", "Second"));
    for (Http.Result r : List.of(unknown, known, other)) {
      assertEquals(202, r.status(), r.toString());
      assertEquals(java.util.Map.of("programName", "Test " + program.id().value(), "result", "emailSent",
          "detail", "the card code is on its way to the email address given"), r.json());
      for (Customer c : customers()) {
        assertTrue(!r.toString().contains(c.cardCode()), "no card code in " + r);
      }
    }
  }

  private List<Customer> customers() {
    return backend.stores().customers().list(program.id(), 100, null).items();
  }

  private List<LedgerEntry> entries(Customer customer) {
    return backend.stores().ledger().entries(program.id(), customer.id(),
        new EntryQuery(100, null, null, null, null, true)).items();
  }

  @Test
  void theLinkTellsWhatEnrollingGives() {
    Http link = publicLink(new EnrolmentFunction(backend), 30);
    var offer = link.get("/v1/enrol/" + slug);
    assertEquals(200, offer.status(), offer.toString());
    assertEquals("Test " + program.id().value(), offer.string("programName"));
    assertEquals(WELCOME, offer.number("welcomePoints"));
    assertEquals(6, offer.number("cardValidityMonths"));
    assertEquals(404, link.get("/v1/enrol/nobody-uses-this-" + slug).status());
    var malformed = link.get("/v1/enrol/Not_A_Slug");
    assertEquals(404, malformed.status());
    assertEquals("slug", malformed.problemField());
  }

  @Test
  void enrollingTwiceWithOneEmailGivesOneCard() {
    Http link = publicLink(new EnrolmentFunction(backend), 30);
    var first = link.post("/v1/enrol/" + slug, person("Anna.de.Vries@Example.com", "Anna de Vries"));
    assertEquals(202, first.status(), first.toString());
    String code = codeOf("anna.de.vries@example.com");
    assertEquals(code, CardCode.parse("cardCode", code).value(), "a valid, canonical card code");

    var again = link.post("/v1/enrol/" + slug, person("  anna.de.vries@example.COM ", "Anna"));
    assertEquals(202, again.status(), again.toString());
    assertEquals(first.json(), again.json(), "a known email reads exactly as a new one");
    assertEquals(code, codeOf("anna.de.vries@example.com"));

    List<Customer> customers = customers();
    assertEquals(1, customers.size());
    Customer anna = customers.get(0);
    assertEquals(EnrolledCustomerId.of(program.id(), "anna.de.vries@example.com"), anna.id());
    assertEquals("Anna de Vries", anna.name(), "a repeat enrolment changes nothing");
    assertEquals(code, anna.cardCode());
    List<LedgerEntry> ledger = entries(anna);
    assertEquals(1, ledger.size(), "welcome points once");
    assertEquals(Reason.REGISTRATION, ledger.get(0).reason());
    assertEquals(WELCOME, backend.stores().ledger().balance(program.id(), anna.id()).orElseThrow().points());
  }

  @Test
  void simultaneousEnrolmentsOfOneEmailMakeOneCardAndOneWelcome() throws Exception {
    Http link = publicLink(new EnrolmentFunction(backend), 1000);
    List<Callable<Http.Result>> calls = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      calls.add(() -> link.post("/v1/enrol/" + slug, person("same@example.com", "Same Person")));
    }
    Set<String> codes = new HashSet<>();
    for (Http.Result result : runAll(calls)) {
      assertEquals(202, result.status(), result.toString());
    }
    Customer customer = customers().get(0);
    assertEquals(1, customers().size());
    codes.add(customer.cardCode());
    codes.add(DynamoCardStores.over(backend.stores()).cards().find(program.id(), customer.id()).orElseThrow()
        .cardCode());
    assertEquals(1, codes.size(), "the profile and the card record name the same card: " + codes);
    assertEquals(1, entries(customer).size());
    assertEquals(WELCOME, backend.stores().ledger().balance(program.id(), customer.id()).orElseThrow().points());
  }

  @Test
  void cardCodesStayUniqueUnderConcurrencyEvenWhenDrawsCollide() throws Exception {
    // The first 8 draws (one per thread) all hand out the same code, later ones pick from a pool of 32: at least 7
    // enrolments must lose the conditional claim of that code and retry, and random collisions come on top.
    SecureRandom random = new SecureRandom();
    List<CardCode> pool = new ArrayList<>();
    while (pool.size() < 32) {
      CardCode code = CardCode.generate(random);
      if (!pool.contains(code)) {
        pool.add(code);
      }
    }
    AtomicInteger draws = new AtomicInteger();
    Supplier<CardCode> colliding = () -> draws.incrementAndGet() <= THREADS
        ? pool.get(0)
        : pool.get(ThreadLocalRandom.current().nextInt(pool.size()));
    Http link = publicLink(new EnrolmentFunction(backend, colliding), 1000);
    int enrolments = 16;
    List<Callable<Http.Result>> calls = new ArrayList<>();
    for (int i = 0; i < enrolments; i++) {
      String body = person("customer" + i + "@example.com", "Customer " + i);
      calls.add(() -> link.post("/v1/enrol/" + slug, body));
    }
    Set<String> codes = new HashSet<>();
    for (Http.Result result : runAll(calls)) {
      assertEquals(202, result.status(), result.toString());
    }
    for (int i = 0; i < enrolments; i++) {
      String code = codeOf("customer" + i + "@example.com");
      assertTrue(codes.add(code), "duplicate card code " + code);
    }
    assertEquals(enrolments, codes.size());
    assertTrue(draws.get() >= enrolments + THREADS - 1, "at least 7 retries after lost claims; draws: " + draws.get());
    DynamoCardStores cardStores = DynamoCardStores.over(backend.stores());
    List<Customer> customers = customers();
    assertEquals(enrolments, customers.size());
    for (Customer customer : customers) {
      Card card = cardStores.cards().find(program.id(), customer.id()).orElseThrow();
      assertEquals(customer.cardCode(), card.cardCode(), "card record and profile agree");
      assertEquals(customer.id(), cardStores.panel().cardHolder(program.id(), customer.cardCode()).orElseThrow(),
          "the code's claim points at its holder");
    }
  }

  @Test
  void eachProgramAcceptsOnlyItsEnrolmentsPerMinute() {
    // a fixed clock keeps every request in one minute window
    Backend frozen = Backend.over(backend.stores().client(), backend.stores().table(),
        Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.UTC));
    Http link = publicLink(new EnrolmentFunction(frozen), 3);
    for (int i = 0; i < 3; i++) {
      assertEquals(202, link.post("/v1/enrol/" + slug, person("p" + i + "@example.com", "P " + i)).status());
    }
    var refused = link.post("/v1/enrol/" + slug, person("p3@example.com", "P 3"));
    assertEquals(429, refused.status(), refused.toString());
    assertEquals("application/problem+json", refused.contentType());
    assertEquals("TOO_MANY_ENROLMENTS", refused.string("code"));
    assertEquals("30", refused.header("retry-after"), "seconds until the next minute");
    assertEquals(3, customers().size(), "the refused enrolment wrote nothing");

    TestProgram other = TestProgram.create(backend, ProgramKind.VENDOR);
    String otherSlug = Slugs.unique("other");
    var otherSetUp = new Http(new EnrolmentFunction(frozen), other.key(Role.VENDOR)).put("/v1/card-program",
        "{\"slug\":\"" + otherSlug + "\",\"customerBaseUrl\":\"https://other.example\",\"enrolmentsPerMinute\":3}");
    assertEquals(201, otherSetUp.status());
    assertEquals(202, link.post("/v1/enrol/" + otherSlug, person("p3@example.com", "P 3")).status(),
        "the limit is per program");
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndWritesNothing() {
    Http link = publicLink(new EnrolmentFunction(backend), 30);
    String path = "/v1/enrol/" + slug;
    assertField(link.post(path, "{\"name\":\"No Mail\"}"), "email");
    assertField(link.post(path, person("not-an-email", "X")), "email");
    assertField(link.post(path, "{\"email\":\"x@example.com\"}"), "name");
    assertField(link.post(path, person("x@example.com", "X".repeat(201))), "name");
    assertField(link.post(path, "{\"email\":\"x@example.com\",\"name\":\"X\",\"cardCode\":\"K7MD-3RXX\"}"),
        "cardCode");
    assertField(link.post(path, "[1,2]"), "body");
    assertField(link.post(path, null), "body");
    assertEquals(0, customers().size());
    var unknown = link.post("/v1/enrol/no-such-" + slug, person("x@example.com", "X"));
    assertEquals(404, unknown.status());
    assertNotNull(unknown.string("detail"));
  }

  private static void assertField(Http.Result result, String field) {
    assertEquals(400, result.status(), result.toString());
    assertEquals("application/problem+json", result.contentType());
    assertEquals(field, result.problemField(), result.toString());
  }

  private static List<Http.Result> runAll(List<Callable<Http.Result>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Http.Result> results = new ArrayList<>();
      for (Future<Http.Result> future : pool.invokeAll(calls)) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
