package nl.klantpunten.functions.webhooks;

import static nl.klantpunten.functions.webhooks.Payloads.json;
import static nl.klantpunten.functions.webhooks.Payloads.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.api.testing.TestSettings;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.earning.OrderState;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.EntryQuery;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * POST /v1/webhooks/orders (the product's own JSON) through API Gateway events, the real handler and DynamoDB
 * Local. The program earns 10 points per 5.00 EUR on "paid"; the sample order's lines make 20.00 EUR (40 points)
 * of a 30.19 EUR total.
 */
@ExtendWith(TestBackend.class)
class OrderWebhookTest {
  private static final CustomerId ANNA = new CustomerId("c-1");
  private Backend backend;
  private TestProgram program;
  private Http shop;

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.SHOP);
    TestSettings.apply(backend, program.id(), "{\"earning\": {\"ratio\": {\"points\": 10, \"amount\": \"5.00\"}}}");
    shop = new Http(new WebhooksFunction(backend, Duration.ZERO), program.key(Role.WEBSHOP));
  }

  private Http.Result post(Map<String, Object> order) {
    return shop.post("/v1/webhooks/orders", json(order));
  }

  private Map<String, Object> order(String id, String status, Object... refunds) {
    Map<String, Object> order = Payloads.generic(id, status);
    order.put("refunds", List.of(refunds));
    return order;
  }

  private long balance() {
    return backend.stores().ledger().balance(program.id(), ANNA).orElseThrow().points();
  }

  private List<LedgerEntry> entries() {
    return backend.stores().ledger().entries(program.id(), ANNA, new EntryQuery(100, null, null, null, null, true))
        .items();
  }

  private OrderState state(String orderId) {
    return backend.stores().orders().find(program.id(), "api:" + orderId).orElse(null);
  }

  private void spend(long points) {
    backend.stores().ledger().record(program.id(), new BalanceChange(ANNA, -points, EntryKind.SPEND, Reason.REDEMPTION,
        "voucher", null, "test", null));
  }

  @Test
  void aPaidOrderEarnsAndCreatesItsUnknownCustomer() {
    var r = post(order("1001", "paid"));
    assertEquals(200, r.status(), r.toString());
    assertEquals("earned", r.string("result"));
    assertEquals(40, r.number("earned"));
    assertEquals(Boolean.TRUE, r.json().get("customerCreated"));
    assertEquals(40, balance());
    var customer = backend.stores().customers().find(program.id(), ANNA).orElseThrow();
    assertEquals("anna@example.com", customer.email());
    assertEquals("Anna de Vries", customer.name());
    List<LedgerEntry> entries = entries();
    assertEquals(1, entries.size());
    assertEquals(EntryKind.EARN, entries.get(0).kind());
    assertEquals(Reason.ORDER, entries.get(0).reason());
    assertEquals("order:api:1001", entries.get(0).sourceRef());
    assertEquals(List.of(entries.get(0).id()), r.json().get("entryIds"));
    @SuppressWarnings("unchecked")
    Map<String, Object> breakdown = (Map<String, Object>) r.json().get("breakdown");
    assertEquals("20.00", breakdown.get("ratioAmount"));
    assertEquals("20.00", breakdown.get("eligibleAmount"));
  }

  @Test
  void tenRedeliveriesOfOneWebhookCreditOnce() {
    String body = json(order("1002", "paid"));
    List<String> results = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      var r = shop.post("/v1/webhooks/orders", body);
      assertEquals(200, r.status(), r.toString());
      results.add(r.string("result") + ":" + r.number("earned") + ":" + r.string("reason"));
    }
    assertEquals("earned:40:null", results.get(0));
    for (String later : results.subList(1, 10)) {
      assertEquals("unchanged:0:ALREADY_EARNED", later);
    }
    assertEquals(40, balance());
    assertEquals(1, entries().size());
  }

  @Test
  void simultaneousDeliveriesCreditOnce() throws Exception {
    backend.stores().customers().save(program.id(), ANNA,
        nl.klantpunten.core.customer.CustomerDetails.parse("anna@example.com", "Anna", null), java.time.Instant.now());
    String body = json(order("1003", "paid"));
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Http.Result>> futures = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      futures.add(pool.submit(() -> {
        start.await();
        return shop.post("/v1/webhooks/orders", body);
      }));
    }
    start.countDown();
    int earned = 0;
    for (Future<Http.Result> f : futures) {
      Http.Result r = f.get();
      assertEquals(200, r.status(), r.toString());
      earned += "earned".equals(r.string("result")) ? 1 : 0;
    }
    pool.shutdown();
    assertEquals(1, earned);
    assertEquals(40, balance());
    assertEquals(1, entries().size());
  }

  @ParameterizedTest(name = "earn on {0}")
  @CsvSource({
      "created, earned, unchanged, unchanged",
      "paid, waiting, earned, unchanged",
      "completed, waiting, waiting, earned"})
  void createdPaidCompletedCreditsOnceAtTheChosenStatus(String earnOn, String onCreated, String onPaid,
      String onCompleted) {
    TestSettings.apply(backend, program.id(), "{\"earning\": {\"earnOn\": \"" + earnOn + "\"}}");
    assertEquals(onCreated, post(order("1004", "created")).string("result"));
    assertEquals(onPaid, post(order("1004", "paid")).string("result"));
    assertEquals(onCompleted, post(order("1004", "completed")).string("result"));
    assertEquals(40, balance());
    assertEquals(1, entries().size());
  }

  @Test
  void waitingSaysWhichStatusEarnsAndWritesNothing() {
    TestSettings.apply(backend, program.id(), "{\"earning\": {\"earnOn\": \"completed\"}}");
    var r = post(order("1005", "paid"));
    assertEquals("waiting", r.string("result"));
    assertEquals("completed", r.string("earnOn"));
    assertNull(state("1005"));
    assertTrue(backend.stores().customers().find(program.id(), ANNA).isEmpty());
  }

  @Test
  void aFullRefundTakesEveryPointBack() {
    post(order("1006", "paid"));
    var refunded = post(order("1006", "refunded", Payloads.refund("r-1", "30.19")));
    assertEquals("reversed", refunded.string("result"), refunded.toString());
    assertEquals(40, refunded.number("reversed"));
    assertEquals(0, balance());
    List<LedgerEntry> entries = entries();
    assertEquals(List.of(-40L, 40L), entries.stream().map(LedgerEntry::points).toList());
    assertEquals(EntryKind.REVERSE, entries.get(0).kind());
    assertEquals(Reason.REFUND, entries.get(0).reason());
    assertEquals(OrderState.Status.REVERSED, state("1006").status());
    var again = post(order("1006", "refunded", Payloads.refund("r-1", "30.19")));
    assertEquals("unchanged", again.string("result"));
    assertEquals("ALREADY_REVERSED", again.string("reason"));
    assertEquals(2, entries().size());
  }

  @Test
  void cancellationTakesEveryPointBackAndNothingEarnsAfterwards() {
    post(order("1007", "paid"));
    assertEquals(40, post(order("1007", "cancelled")).number("reversed"));
    assertEquals(0, balance());
    assertEquals("unchanged", post(order("1007", "completed")).string("result"));
    assertEquals(0, balance());
  }

  @Test
  void anOrderCancelledBeforeItEarnedNeverEarns() {
    var closed = post(order("1008", "cancelled"));
    assertEquals("closed", closed.string("result"));
    assertEquals("CANCELLED", closed.string("reason"));
    var paid = post(order("1008", "paid"));
    assertEquals("unchanged", paid.string("result"));
    assertEquals("CLOSED_BEFORE_EARNING", paid.string("reason"));
    assertTrue(backend.stores().ledger().balance(program.id(), ANNA).isEmpty());
  }

  @Test
  void partialRefundsTakeTheirShareEachRefundOnce() {
    post(order("1009", "completed"));
    // 10.00 of 30.19: 40 × 1000 / 3019 = 13.2 → 13
    var first = post(order("1009", "completed", Payloads.refund("r-1", "10.00")));
    assertEquals("reversed", first.string("result"), first.toString());
    assertEquals(13, first.number("reversed"));
    assertEquals(27, balance());
    assertEquals("unchanged", post(order("1009", "completed", Payloads.refund("r-1", "10.00"))).string("result"));
    assertEquals(27, balance());
    // 15.00 of 30.19 so far: 19.87 → 19 in all, 6 more
    var second = post(order("1009", "completed", Payloads.refund("r-1", "10.00"), Payloads.refund("r-2", "5.00")));
    assertEquals(6, second.number("reversed"));
    assertEquals(21, balance());
    // the rest: all 40 back in all
    var last = post(order("1009", "completed", Payloads.refund("r-1", "10.00"), Payloads.refund("r-2", "5.00"),
        Payloads.refund("r-3", "15.19")));
    assertEquals(21, last.number("reversed"));
    assertEquals(0, balance());
    OrderState s = state("1009");
    assertEquals(OrderState.Status.REVERSED, s.status());
    assertEquals(java.util.Set.of("r-1", "r-2", "r-3"), s.refundIds());
    assertEquals(3019, s.refundedMinor());
    assertEquals(List.of(-21L, -6L, -13L, 40L), entries().stream().map(LedgerEntry::points).toList());
  }

  @Test
  void anOrderFirstSeenWithARefundEarnsThenGivesTheShareBack() {
    var r = post(order("1010", "completed", Payloads.refund("r-1", "10.00")));
    assertEquals("earned", r.string("result"), r.toString());
    assertEquals(40, r.number("earned"));
    assertEquals(13, r.number("reversed"));
    assertEquals(27, balance());
    assertEquals(2, ((List<?>) r.json().get("entryIds")).size());
  }

  @Test
  void clampTakesTheBalanceToZeroAndRecordsTheShortfall() {
    post(order("1011", "paid"));
    spend(30);
    var r = post(order("1011", "cancelled"));
    assertEquals("reversed", r.string("result"), r.toString());
    assertEquals(10, r.number("reversed"));
    assertEquals(30, r.number("shortfall"));
    assertEquals(0, balance());
    LedgerEntry reversal = entries().get(0);
    assertEquals(-10, reversal.points());
    assertTrue(reversal.note().contains("30 points already spent"), reversal.note());
    assertEquals(30, state("1011").shortfallPoints());
    assertEquals(40, state("1011").reversedPoints());
    var shortfall = backend.stores().client().getItem(b -> b.tableName(TestBackend.TABLE).key(Map.of(
        "pk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(
            "P#" + program.id().value() + "#C#c-1"),
        "sk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("TX#" + reversal.id()))));
    assertEquals("30", shortfall.item().get("shortfall").n(), "the shortfall is on the entry");
  }

  @Test
  void clampWithEverythingSpentRecordsTheShortfallOnTheOrderWithoutAZeroEntry() {
    post(order("1012", "paid"));
    spend(40);
    int entriesBefore = entries().size();
    var r = post(order("1012", "refunded", Payloads.refund("r-1", "30.19")));
    assertEquals("reversed", r.string("result"), r.toString());
    assertEquals(0, r.number("reversed"));
    assertEquals(40, r.number("shortfall"), "the outcome shows what could not be taken back");
    assertEquals(List.of(), r.json().get("entryIds"));
    assertEquals(0, balance());
    assertEquals(entriesBefore, entries().size(), "no 0-point entry in the customer's history");
    assertTrue(entries().stream().noneMatch(e -> e.points() == 0));
    assertEquals(OrderState.Status.REVERSED, state("1012").status());
    assertEquals(40, state("1012").shortfallPoints());
    assertEquals(Set.of("r-1"), state("1012").refundIds());
    assertEquals("unchanged", post(order("1012", "refunded", Payloads.refund("r-1", "30.19"))).string("result"));
  }

  @Test
  void allowNegativeTakesEveryPointEvenBelowZero() {
    TestSettings.apply(backend, program.id(), "{\"earning\": {\"negativeBalance\": \"allowNegative\"}}");
    post(order("1013", "paid"));
    spend(30);
    var r = post(order("1013", "cancelled"));
    assertEquals(40, r.number("reversed"));
    assertEquals(-30, balance());
    assertEquals(0, state("1013").shortfallPoints());
  }

  @Test
  void productRulesMixWithTheRatio() {
    TestSettings.productRule(backend, program.id(), "mug", "{\"mode\": \"fixed\", \"value\": 3}");
    TestSettings.productRule(backend, program.id(), "tea", "{\"mode\": \"percent\", \"value\": 50}");
    Map<String, Object> o = order("1014", "paid");
    @SuppressWarnings("unchecked")
    List<Object> lines = (List<Object>) o.get("lines");
    lines.add(map("quantity", 1, "lineTotal", "2.60"));
    var r = post(o);
    // mug: 3 × 2 = 6; tea: 50 % of 7.66 = 3.83 → 3; the rest by the ratio: 2.60 → 5.2 → 5
    assertEquals(14, r.number("earned"), r.toString());
    @SuppressWarnings("unchecked")
    Map<String, Object> breakdown = (Map<String, Object>) r.json().get("breakdown");
    assertEquals(9, ((Number) breakdown.get("overridePoints")).longValue());
    assertEquals(5, ((Number) breakdown.get("ratioPoints")).longValue());
    assertEquals("2.60", breakdown.get("ratioAmount"));
    assertEquals(14, balance());
  }

  @Test
  void aDisabledProgramAcceptsTheOrderRecordsItAsSkippedAndCreditsNothing() {
    TestSettings.apply(backend, program.id(), "{\"earning\": {\"enabled\": false}}");
    var r = post(order("1015", "paid"));
    assertEquals(200, r.status());
    assertEquals("skipped", r.string("result"));
    assertEquals("EARNING_DISABLED", r.string("skipped"));
    assertEquals(0, r.number("earned"));
    assertEquals(OrderState.Status.SKIPPED, state("1015").status());
    assertTrue(backend.stores().ledger().balance(program.id(), ANNA).isEmpty());
    TestSettings.apply(backend, program.id(), "{\"earning\": {\"enabled\": true}}");
    var later = post(order("1015", "completed"));
    assertEquals("unchanged", later.string("result"));
    assertEquals("SKIPPED_BEFORE:EARNING_DISABLED", later.string("reason"));
    assertTrue(backend.stores().ledger().balance(program.id(), ANNA).isEmpty());
  }

  @Test
  void aGuestOrderEarnsNothingAndSaysSo() {
    Map<String, Object> guest = order("1016", "paid");
    guest.put("customer", map("email", "guest@example.com", "name", "Guest"));
    var r = post(guest);
    assertEquals(200, r.status());
    assertEquals(0, r.number("earned"));
    assertEquals("GUEST_ORDER", r.string("skipped"));
    assertEquals(OrderState.Status.SKIPPED, state("1016").status(), "recorded, with its reason");
    assertEquals("GUEST_ORDER", state("1016").reason());
    assertNull(state("1016").customerId());
    var again = post(guest);
    assertEquals(200, again.status());
    assertEquals("SKIPPED_BEFORE:GUEST_ORDER", again.string("reason"));
  }

  @Test
  void anUnknownCustomerWithoutEmailIsCreatedWithoutOneAndEarns() {
    List<String> emails = java.util.Arrays.asList(null, "", "  ", "not-an-address");
    for (int i = 0; i < emails.size(); i++) {
      String email = emails.get(i);
      String orderId = "no-email-" + i;
      Map<String, Object> order = order(orderId, "paid");
      Map<String, Object> customer = new java.util.LinkedHashMap<>();
      customer.put("id", "phone-only-" + orderId);
      customer.put("email", email);
      order.put("customer", customer);
      var r = post(order);
      assertEquals(200, r.status(), r.toString());
      assertEquals("earned", r.string("result"), r.toString());
      assertEquals(true, r.json().get("customerCreated"));
      var created = backend.stores().customers().find(program.id(), new CustomerId("phone-only-" + orderId))
          .orElseThrow();
      assertNull(created.email());
      assertEquals("phone-only-" + orderId, created.name(), "named by the shop's id when nothing else is known");
      assertEquals("unchanged", post(order).string("result"), "a redelivery is 200 too");
    }
  }

  @Test
  void anOrderTooSmallForAPointIsSettledWithoutAnEntry() {
    Map<String, Object> tiny = order("1017", "paid");
    tiny.put("lines", List.of(map("quantity", 1, "lineTotal", "0.40")));
    var r = post(tiny);
    assertEquals("earned", r.string("result"), r.toString());
    assertEquals(0, r.number("earned"));
    assertEquals(List.of(), r.json().get("entryIds"));
    assertEquals(0, balance());
    assertEquals("unchanged", post(tiny).string("result"));
  }

  @Test
  void aYenProgramEarnsOnWholeYen() {
    TestProgram yen = TestProgram.create(backend, ProgramKind.SHOP, Currency.getInstance("JPY"));
    TestSettings.apply(backend, yen.id(), "{\"earning\": {\"ratio\": {\"points\": 1, \"amount\": \"100\"}}}");
    Http yenShop = shop.as(yen.key(Role.WEBSHOP));
    Map<String, Object> order = map("orderId", "jp-1", "status", "paid", "currency", "JPY",
        "customer", map("id", "c-1", "email", "taro@example.jp", "name", "Taro"),
        "lines", List.of(map("productId", "tea", "quantity", 1, "lineTotal", "1999"),
            map("quantity", 3, "lineTotal", "501")),
        "totals", map("total", "2750", "tax", "250"));
    var r = yenShop.post("/v1/webhooks/orders", json(order));
    assertEquals(25, r.number("earned"), r.toString());
    assertEquals(25, backend.stores().ledger().balance(yen.id(), ANNA).orElseThrow().points());
    Map<String, Object> fractional = new java.util.LinkedHashMap<>(order);
    fractional.put("orderId", "jp-2");
    fractional.put("lines", List.of(map("quantity", 1, "lineTotal", "19.99")));
    var bad = yenShop.post("/v1/webhooks/orders", json(fractional));
    assertEquals(400, bad.status());
    assertEquals("lines[0].lineTotal", bad.problemField());
    var euro = yenShop.post("/v1/webhooks/orders", json(order("jp-3", "paid")));
    assertEquals("CURRENCY_MISMATCH", euro.string("skipped"));
  }

  @Test
  void badInputIsA400NamingTheFieldAndWritesNothing() {
    Map<String, Object> noTotals = order("1018", "paid");
    noTotals.remove("totals");
    var r = post(noTotals);
    assertEquals(400, r.status());
    assertEquals("application/problem+json", r.contentType());
    assertEquals("totals", r.problemField());
    assertNull(state("1018"));
    assertEquals(400, shop.post("/v1/webhooks/orders", "{\"orderId\": ").status());
    assertTrue(backend.stores().customers().find(program.id(), ANNA).isEmpty());
  }

  @Test
  void onlyWebshopAndAdminKeysMaySendOrders() {
    assertEquals(403, shop.as(program.key(Role.VENDOR)).post("/v1/webhooks/orders", json(order("1019", "paid")))
        .status());
    assertEquals(401, shop.as(null).post("/v1/webhooks/orders", json(order("1019", "paid"))).status());
    assertNull(state("1019"));
    assertEquals(200, shop.as(program.admin()).post("/v1/webhooks/orders", json(order("1019", "paid"))).status());
  }

  @Test
  void theSameOrderIdInAnotherProgramIsAnotherOrder() {
    TestProgram other = TestProgram.create(backend, ProgramKind.SHOP);
    assertEquals("earned", post(order("1020", "paid")).string("result"));
    var theirs = shop.as(other.key(Role.WEBSHOP)).post("/v1/webhooks/orders", json(order("1020", "paid")));
    assertEquals("earned", theirs.string("result"));
    assertEquals(20, theirs.number("earned"), "their own (default) ratio");
    assertEquals(40, balance());
  }
}
