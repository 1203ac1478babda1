package nl.klantpunten.functions.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestClock;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.api.testing.TestSettings;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.emulators.EmulatorsExtension;
import nl.klantpunten.emulators.StreamEventSource;
import nl.klantpunten.functions.reports.testing.TableStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET /v1/reports/points through the handler: filters, paging, CSV, the program's time zone, bad input, roles. */
@ExtendWith({EmulatorsExtension.class, TestBackend.class, TableStream.class})
class PointsReportApiTest {
  private Backend backend;
  private TestProgram program;
  private Http admin;
  private StreamEventSource stream;

  @BeforeEach
  void setUp(Backend shared, StreamEventSource stream) {
    this.stream = stream;
    TestClock clock = new TestClock(Instant.parse("2026-03-01T09:00:00Z"));
    backend = Backend.over(shared.stores().client(), TestBackend.TABLE, clock);
    program = TestProgram.create(backend, ProgramKind.SHOP);
    TestSettings.apply(backend, program.id(),
        "{\"redemption\": {\"conversion\": {\"points\": 10, \"amount\": \"1.00\"}}}");
    for (String c : List.of("anna", "bob")) {
      backend.stores().customers().save(program.id(), new CustomerId(c),
          CustomerDetails.parse(c + "@example.com", c, null), clock.instant());
    }
    record("anna", 100, Reason.ORDER, "order 1, paid");
    clock.advance(Duration.ofMinutes(1));
    record("bob", 40, Reason.MANUAL, "=cmd|' /C calc'!A0");
    clock.advance(Duration.ofMinutes(1));
    record("anna", -30, Reason.REDEMPTION, "said \"thanks\"\nand left");
    clock.set(Instant.parse("2026-03-31T22:30:00Z")); // 1 April 00:30 in Amsterdam
    record("bob", 7, Reason.ORDER, "april");
    stream.drain();
    admin = new Http(new ReportsFunction(shared), program.admin());
  }

  private void record(String customer, long points, Reason reason, String note) {
    backend.stores().ledger().record(program.id(), new BalanceChange(new CustomerId(customer), points,
        points > 0 ? EntryKind.EARN : EntryKind.SPEND, reason, note, null, "test", null));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> totals(Http.Result r) {
    return (Map<String, Object>) r.json().get("totals");
  }

  @Test
  void theMonthInTheProgramsZoneWithTotalsOutstandingAndLiability() {
    Http.Result march = admin.get("/v1/reports/points?from=2026-03-01&to=2026-03-31");
    assertEquals(200, march.status(), march.toString());
    assertEquals("Europe/Amsterdam", march.string("timeZone"));
    Map<String, Object> t = totals(march);
    assertEquals(3, ((Number) t.get("entries")).longValue(), "the 7 points of 1 April (Amsterdam) are April's");
    assertEquals(140, ((Number) t.get("earned")).longValue());
    assertEquals(30, ((Number) t.get("spent")).longValue());
    assertEquals("36.67", t.get("averagePerEntry"));
    assertEquals(117, ((Number) t.get("outstanding")).longValue(), "all of the program, not only March");
    @SuppressWarnings("unchecked")
    Map<String, Object> liability = (Map<String, Object>) t.get("liability");
    assertEquals("11.70", liability.get("amount"), "117 points at 10 points per 1.00 EUR");
    assertEquals("EUR", liability.get("currency"));
    assertEquals(Map.of("points", 10, "amount", "1.00", "basis", "redemption.conversion"), liability.get("rate"));
    assertNotNull(t.get("aggregatedAt"));
    assertEquals(3, march.items().size());
    assertEquals(-30L, ((Number) march.items().get(0).get("points")).longValue(), "newest first");

    Http.Result april = admin.get("/v1/reports/points?from=2026-04-01&to=2026-04-30");
    assertEquals(1, ((Number) totals(april).get("entries")).longValue());
  }

  @Test
  void theProgramsTimeZoneSettingCutsTheDays() {
    program = TestProgram.create(backend, ProgramKind.SHOP);
    TestSettings.apply(backend, program.id(), "{\"calendar\": {\"timeZone\": \"UTC\"}}");
    backend.stores().customers().save(program.id(), new CustomerId("anna"),
        CustomerDetails.parse("anna@example.com", "anna", null), backend.clock().instant());
    record("anna", 3, Reason.ORDER, "late in UTC"); // 2026-03-31T22:30Z: 1 April in Amsterdam, 31 March in UTC
    stream.drain();
    Http utc = admin.as(program.admin());
    Http.Result march = utc.get("/v1/reports/points?from=2026-03-31&to=2026-03-31");
    assertEquals("UTC", march.string("timeZone"));
    assertEquals(3, ((Number) totals(march).get("earned")).longValue(), march.toString());
    assertEquals(1, march.items().size(), "the listing cuts the same days");
    assertEquals(0, utc.get("/v1/reports/points?from=2026-04-01&to=2026-04-01").items().size());
  }

  @Test
  void filtersNarrowTheEntriesAndReasonAlsoTheTotals() {
    Http.Result anna = admin.get("/v1/reports/points?from=2026-03-01&to=2026-04-30&customerId=anna");
    assertEquals(2, anna.items().size());
    assertEquals(List.of(), totals(anna).get("filteredBy"), "customer filters do not narrow the totals");
    Http.Result big = admin.get("/v1/reports/points?from=2026-03-01&to=2026-04-30&minPoints=8&maxPoints=100");
    assertEquals(List.of(40L, 100L), big.items().stream().map(i -> ((Number) i.get("points")).longValue()).toList());
    Http.Result debits = admin.get("/v1/reports/points?from=2026-03-01&to=2026-04-30&maxPoints=-1");
    assertEquals(1, debits.items().size());
    Http.Result orders = admin.get("/v1/reports/points?from=2026-03-01&to=2026-04-30&reason=order");
    assertEquals(2, ((Number) totals(orders).get("entries")).longValue());
    assertEquals(107, ((Number) totals(orders).get("earned")).longValue());
    assertEquals(List.of("reason"), totals(orders).get("filteredBy"));
  }

  @Test
  void pagesFollowTheCursor() {
    Http.Result first = admin.get("/v1/reports/points?from=2026-03-01&to=2026-04-30&limit=3");
    assertEquals(3, first.items().size());
    String cursor = first.string("nextCursor");
    assertNotNull(cursor);
    Http.Result second = admin.get("/v1/reports/points?from=2026-03-01&to=2026-04-30&limit=3&cursor=" + cursor);
    assertEquals(1, second.items().size());
    assertNull(second.string("nextCursor"));
    assertEquals(100L, ((Number) second.items().get(0).get("points")).longValue());
  }

  @Test
  void csvHoldsTheSameEntriesEscapedWithTheTotalsInHeaders() {
    Http.Result csv = admin.send("GET", "/v1/reports/points?from=2026-03-01&to=2026-03-31", null,
        Map.of("accept", "text/csv"));
    assertEquals(200, csv.status(), csv.toString());
    assertEquals("text/csv; charset=utf-8", csv.contentType());
    assertTrue(csv.header("content-disposition").contains("points-2026-03-01-2026-03-31.csv"));
    assertEquals("3", csv.header("x-report-entries"));
    assertEquals("117", csv.header("x-report-outstanding"));
    assertEquals("11.70 EUR", csv.header("x-report-liability"));
    String[] lines = csv.response().body().split("\r\n", -1);
    assertEquals("entryId,createdAt,customerId,points,kind,reason,note,sourceRef,actor", lines[0]);
    assertEquals(5, lines.length, "header, 3 entries, and the empty rest after the last CRLF");
    assertTrue(lines[1].matches("tx_\\w+,2026-03-01T09:02:00Z,anna,-30,spend,redemption,"
        + "\"said \"\"thanks\"\"\nand left\",,test"), lines[1]);
    assertTrue(lines[2].endsWith(",bob,40,earn,manual,'=cmd|' /C calc'!A0,,test"), lines[2]);
    assertTrue(lines[3].endsWith(",anna,100,earn,order,\"order 1, paid\",,test"), lines[3]);
    assertEquals("", lines[4]);
  }

  @Test
  void badInputIsA400NamingTheField() {
    assertEquals("from", admin.get("/v1/reports/points?to=2026-03-01").problemField());
    assertEquals("to", admin.get("/v1/reports/points?from=2026-03-01&to=march").problemField());
    assertEquals("reason", admin.get("/v1/reports/points?from=2026-03-01&to=2026-03-02&reason=bonus")
        .problemField());
    assertEquals("minPoints", admin.get("/v1/reports/points?from=2026-03-01&to=2026-03-02&minPoints=x")
        .problemField());
    assertEquals("minPoints", admin.get("/v1/reports/points?from=2026-03-01&to=2026-03-02&minPoints=5&maxPoints=1")
        .problemField());
    assertEquals("customerId", admin.get("/v1/reports/points?from=2026-03-01&to=2026-03-02&customerId=a%23b")
        .problemField());
    assertEquals("cursor", admin.get("/v1/reports/points?from=2026-03-01&to=2026-03-02&cursor=nope").problemField());
    assertEquals(400, admin.get("/v1/reports/points?from=2026-03-01&to=2026-03-02&limit=0").status());
  }

  @Test
  void onlyAdminsReadTheReportAndOnlyTheirOwnProgram() {
    assertEquals(403, admin.as(program.key(Role.VENDOR)).get("/v1/reports/points?from=2026-03-01&to=2026-03-31")
        .status());
    assertEquals(403, admin.as(program.key(Role.WEBSHOP)).get("/v1/reports/points?from=2026-03-01&to=2026-03-31")
        .status());
    assertEquals(401, admin.as(null).get("/v1/reports/points?from=2026-03-01&to=2026-03-31").status());
    TestProgram other = TestProgram.create(backend, ProgramKind.SHOP);
    Http.Result theirs = admin.as(other.admin()).get("/v1/reports/points?from=2026-03-01&to=2026-04-30");
    assertEquals(0, theirs.items().size());
    assertEquals(0, ((Number) totals(theirs).get("outstanding")).longValue());
  }
}
