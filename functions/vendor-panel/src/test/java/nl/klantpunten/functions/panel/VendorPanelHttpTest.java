package nl.klantpunten.functions.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestClock;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.card.Card;
import nl.klantpunten.core.card.CardCode;
import nl.klantpunten.core.card.CardProgram;
import nl.klantpunten.core.card.CardProgramSettings;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.dynamodb.DynamoCardStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The vendor panel through API Gateway events, the real VendorPanelFunction and DynamoDB Local. Data is set up
 * through the stores on a clock the test steps, so every entry's time is known; every read goes through the handler.
 */
@ExtendWith(TestBackend.class)
class VendorPanelHttpTest {
  private final SecureRandom random = new SecureRandom();
  private TestClock clock;
  private Backend backend;
  private DynamoCardStores cardStores;
  private TestProgram program;
  private Http vendor;

  @BeforeEach
  void setUp(Backend shared) {
    clock = new TestClock(Instant.parse("2026-05-01T09:00:00Z"));
    backend = Backend.over(shared.stores().client(), shared.stores().table(), clock);
    cardStores = DynamoCardStores.over(backend.stores());
    program = TestProgram.create(backend, ProgramKind.VENDOR);
    vendor = new Http(new VendorPanelFunction(backend), program.key(Role.VENDOR));
  }

  private CustomerId customer(ProgramId in, String id, String name, CardCode code) {
    CustomerId customerId = new CustomerId(id);
    backend.stores().customers().save(in, customerId, CustomerDetails.parse(id + "@example.com", name,
        code == null ? null : code.value()), clock.instant());
    return customerId;
  }

  private LedgerEntry record(ProgramId in, CustomerId customer, long points, Reason reason, String note) {
    clock.advance(Duration.ofSeconds(1));
    return backend.stores().ledger().record(in, new BalanceChange(customer, points,
        points > 0 ? EntryKind.EARN : EntryKind.ADJUST, reason, note, null, "test", null)).entry();
  }

  @Test
  void cardHoldersComeWithContactDataAndBalancePageByPage() {
    Map<String, Long> balances = new TreeMap<>();
    for (int i = 0; i < 5; i++) {
      CustomerId id = customer(program.id(), "holder-" + i, "Holder " + i, CardCode.generate(random));
      record(program.id(), id, 100L * (i + 1), Reason.MANUAL, "start");
      balances.put(id.value(), 100L * (i + 1));
    }
    customer(program.id(), "holder-new", "Holder New", null);
    balances.put("holder-new", 0L);

    List<Map<String, Object>> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      var page = vendor.get("/v1/panel/customers?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
      assertEquals(200, page.status(), page.toString());
      assertTrue(page.items().size() <= 2);
      seen.addAll(page.items());
      cursor = page.string("nextCursor");
      pages++;
    } while (cursor != null);
    assertEquals(3, pages);
    assertEquals(List.copyOf(balances.keySet()), seen.stream().map(c -> c.get("customerId")).toList());
    for (Map<String, Object> c : seen) {
      assertEquals(balances.get((String) c.get("customerId")), ((Number) c.get("balance")).longValue());
      assertEquals(c.get("customerId") + "@example.com", c.get("email"));
      assertTrue(((String) c.get("name")).startsWith("Holder"));
    }

    var found = vendor.get("/v1/panel/customers?q=" + URLEncoder.encode("holder 3", StandardCharsets.UTF_8));
    assertEquals(List.of("holder-3"), found.items().stream().map(c -> c.get("customerId")).toList());
    assertEquals(400L, ((Number) found.items().get(0).get("balance")).longValue());
  }

  @Test
  void allTransactionsOfTheProgramNewestFirstFilteredAndPaged() {
    List<CustomerId> customers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      customers.add(customer(program.id(), "tx-customer-" + i, "Customer " + i, CardCode.generate(random)));
    }
    Random pick = new Random(42);
    List<LedgerEntry> all = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      CustomerId who = customers.get(pick.nextInt(customers.size()));
      Reason reason = i % 3 == 0 ? Reason.REGISTRATION : Reason.MANUAL;
      all.add(record(program.id(), who, 10 + i, reason, "entry " + i));
    }
    LedgerEntry debit = record(program.id(), all.get(0).customerId(), -5, Reason.MANUAL, "a small debit");
    all.add(debit);
    LedgerEntry deleted = record(program.id(), customers.get(0), 7, Reason.MANUAL, "deleted later");
    backend.stores().ledger().delete(program.id(), customers.get(0), deleted.id(), "test", clock.instant());
    all.sort(Comparator.comparing(LedgerEntry::id).reversed());

    assertEquals(ids(all), pageThrough("", 7));
    assertEquals(ids(all), pageThrough("", 100), "one page");

    var first = vendor.get("/v1/panel/transactions?limit=3").items().get(0);
    assertEquals(debit.id(), first.get("id"));
    assertEquals(-5L, ((Number) first.get("points")).longValue());
    assertEquals("a small debit", first.get("note"));
    assertEquals("manual", first.get("reason"));
    assertEquals(debit.createdAt().toString(), first.get("createdAt"));
    String who = debit.customerId().value();
    assertEquals("Customer " + who.substring(who.lastIndexOf('-') + 1), first.get("customerName"));

    CustomerId one = all.get(5).customerId();
    assertEquals(ids(filter(all, e -> e.customerId().equals(one))), pageThrough("&customerId=" + one.value(), 2));
    assertEquals(ids(filter(all, e -> e.reason() == Reason.REGISTRATION)), pageThrough("&reason=registration", 4));
    Instant from = all.get(20).createdAt();
    Instant to = all.get(8).createdAt();
    assertEquals(ids(filter(all, e -> !e.createdAt().isBefore(from) && !e.createdAt().isAfter(to))),
        pageThrough("&from=" + from + "&to=" + to, 5));
    assertEquals(ids(filter(all, e -> e.customerId().equals(one) && e.reason() == Reason.MANUAL
        && !e.createdAt().isBefore(from))),
        pageThrough("&customerId=" + one.value() + "&reason=manual&from=" + from, 3));
    assertEquals(List.of(), pageThrough("&customerId=nobody-here", 5));
  }

  @Test
  void badListingParametersAreNamed() {
    assertField(vendor.get("/v1/panel/transactions?cursor=bm90LWFuLWlk"), "cursor");
    assertField(vendor.get("/v1/panel/transactions?cursor=" + URLEncoder.encode("!!no base64!!",
        StandardCharsets.UTF_8)), "cursor");
    assertField(vendor.get("/v1/panel/transactions?reason=bribe"), "reason");
    assertField(vendor.get("/v1/panel/transactions?from=yesterday"), "from");
    assertField(vendor.get("/v1/panel/transactions?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z"), "from");
    assertField(vendor.get("/v1/panel/transactions?limit=0"), "limit");
    assertField(vendor.get("/v1/panel/transactions?limit=101"), "limit");
    assertField(vendor.get("/v1/panel/transactions?customerId=" + URLEncoder.encode("a#b", StandardCharsets.UTF_8)),
        "customerId");
    assertField(vendor.get("/v1/panel/customers?limit=x"), "limit");
    assertField(vendor.get("/v1/panel/customers?cursor=Zm9v"), "cursor");
  }

  @Test
  void aCardCodeAsTypedOrScannedLeadsToItsHolder() {
    CardCode code = CardCode.generate(random);
    CustomerId holder = customer(program.id(), "card-holder", "Zoë Ångström", code);
    record(program.id(), holder, 250, Reason.MANUAL, "first visit");
    CardProgram cardProgram = cardStores.cardPrograms().save(program.id(), CardProgramSettings.parse(
        "panel-" + program.id().value().substring(4), "https://shop.example/klant", 12L, null, null, null, null),
        0, clock.instant());
    Card card = cardStores.cards().claim(program.id(), Card.issue(holder, code.value(), cardProgram, clock.instant()));

    String typed = code.compact().toLowerCase().substring(0, 3) + " " + code.compact().toLowerCase().substring(3);
    var found = vendor.get("/v1/panel/cards/" + URLEncoder.encode(typed, StandardCharsets.UTF_8).replace("+", "%20"));
    assertEquals(200, found.status(), found.toString());
    assertEquals("card-holder", found.string("customerId"));
    assertEquals("Zoë Ångström", found.string("name"));
    assertEquals(250, found.number("balance"));
    @SuppressWarnings("unchecked")
    Map<String, Object> cardJson = (Map<String, Object>) found.json().get("card");
    assertEquals(code.value(), cardJson.get("cardCode"));
    assertEquals(card.expiresOn().toString(), cardJson.get("expiresOn"));
    assertEquals(false, cardJson.get("expired"));

    char[] typo = code.compact().toCharArray();
    typo[2] = typo[2] == 'A' ? 'C' : 'A';
    var mistyped = vendor.get("/v1/panel/cards/" + new String(typo));
    assertEquals(400, mistyped.status(), mistyped.toString());
    @SuppressWarnings("unchecked")
    var error = ((List<Map<String, Object>>) mistyped.json().get("errors")).get(0);
    assertEquals("cardCode", error.get("field"));
    assertEquals("checkCharacter", error.get("rule"));

    CardCode nobodys = CardCode.generate(random);
    var unknown = vendor.get("/v1/panel/cards/" + nobodys.value());
    assertEquals(404, unknown.status());
    assertEquals("cardCode", unknown.problemField());
  }

  @Test
  void anotherVendorsCustomersTransactionsAndCardsNeverShow() {
    CardCode mine = CardCode.generate(random);
    CustomerId me = customer(program.id(), "shared-id", "Mine", mine);
    LedgerEntry myEntry = record(program.id(), me, 10, Reason.MANUAL, "mine");

    TestProgram other = TestProgram.create(backend, ProgramKind.VENDOR);
    CardCode theirs = CardCode.generate(random);
    CustomerId them = customer(other.id(), "shared-id", "Theirs", theirs);
    customer(other.id(), "only-theirs", "Only Theirs", CardCode.generate(random));
    record(other.id(), them, 99, Reason.MANUAL, "theirs");
    record(other.id(), new CustomerId("only-theirs"), 98, Reason.MANUAL, "theirs too");

    var holders = vendor.get("/v1/panel/customers").items();
    assertEquals(List.of("shared-id"), holders.stream().map(c -> c.get("customerId")).toList());
    assertEquals("Mine", holders.get(0).get("name"));
    assertEquals(10L, ((Number) holders.get(0).get("balance")).longValue());
    assertEquals(List.of(), vendor.get("/v1/panel/customers?q=theirs").items());

    assertEquals(List.of(myEntry.id()), pageThrough("", 10));
    assertEquals(List.of(myEntry.id()), pageThrough("&customerId=shared-id", 10));
    assertEquals(List.of(), pageThrough("&customerId=only-theirs", 10));
    assertEquals("Mine", vendor.get("/v1/panel/transactions").items().get(0).get("customerName"));

    assertEquals(404, vendor.get("/v1/panel/cards/" + theirs.value()).status());
    assertEquals(200, vendor.get("/v1/panel/cards/" + mine.value()).status());
    // a cursor from the other program's listing leads nowhere else
    Http theirVendor = vendor.as(other.key(Role.VENDOR));
    String theirCursor = theirVendor.get("/v1/panel/transactions?limit=1").string("nextCursor");
    var page = vendor.get("/v1/panel/transactions?cursor=" + theirCursor).items();
    assertEquals(List.of(myEntry.id()), page.stream().map(e -> e.get("id")).toList(), "only ever this program's");
    assertEquals("Mine", page.get(0).get("customerName"));
  }

  @Test
  void onlyVendorAndAdminKeys() {
    for (String path : List.of("/v1/panel/customers", "/v1/panel/transactions", "/v1/panel/cards/K7MD-3RXX")) {
      assertEquals(403, vendor.as(program.key(Role.WEBSHOP)).get(path).status(), path);
      assertEquals(401, vendor.as(null).get(path).status(), path);
      assertFalse(vendor.as(program.admin()).get(path).status() == 403, path);
    }
  }

  /** Every entry id the panel lists for these query parameters, following nextCursor to the end. */
  private List<String> pageThrough(String parameters, int limit) {
    List<String> ids = new ArrayList<>();
    Set<String> cursors = new HashSet<>();
    String cursor = null;
    do {
      var page = vendor.get("/v1/panel/transactions?limit=" + limit + parameters
          + (cursor == null ? "" : "&cursor=" + cursor));
      assertEquals(200, page.status(), page.toString());
      assertTrue(page.items().size() <= limit);
      page.items().forEach(e -> ids.add((String) e.get("id")));
      cursor = page.string("nextCursor");
      assertTrue(cursor == null || cursors.add(cursor), "cursors move forward");
    } while (cursor != null);
    return ids;
  }

  private static List<LedgerEntry> filter(List<LedgerEntry> entries, Predicate<LedgerEntry> keep) {
    return entries.stream().filter(keep).toList();
  }

  private static List<String> ids(List<LedgerEntry> entries) {
    return entries.stream().map(LedgerEntry::id).toList();
  }

  private static void assertField(Http.Result result, String field) {
    assertEquals(400, result.status(), result.toString());
    assertEquals(field, result.problemField(), result.toString());
  }
}
