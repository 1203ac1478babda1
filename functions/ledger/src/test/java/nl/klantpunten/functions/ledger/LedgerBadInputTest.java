package nl.klantpunten.functions.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input table of issue 2: every user mistake gets its 4xx as application/problem+json naming the field, and
 * NOTHING is written: balances, histories (deleted entries included) and idempotency keys stay as they were.
 */
@ExtendWith(TestBackend.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerBadInputTest {
  private static final String TX = "/v1/customers/c-1/transactions";
  private static final String VALID = "{\"points\":5,\"note\":\"valid\"}";

  private Http admin;
  private String creditId;
  private String deletedId;
  private String otherCustomersEntryId;
  private List<Map<String, Object>> stateBefore;

  /** One row of the table; {credit}, {deleted} and {other} in the path stand for entry ids made in setUp. */
  record Bad(String name, String method, String path, String body, Map<String, String> headers, int status,
      String field) {
    @Override
    public String toString() {
      return name + " → " + status + " " + field;
    }
  }

  private static Bad post(String name, String body, int status, String field) {
    return new Bad(name, "POST", TX, body, Map.of(), status, field);
  }

  private static Bad get(String name, String pathAndQuery, int status, String field) {
    return new Bad(name, "GET", pathAndQuery, null, Map.of(), status, field);
  }

  private static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String cursorOf(String sortKey) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(sortKey.getBytes(StandardCharsets.UTF_8));
  }

  static Stream<Bad> badInputs() {
    String note501 = "n".repeat(501);
    String oversized = "{\"points\":5,\"note\":\"" + "x".repeat(64 * 1024) + "\"}";
    return Stream.of(
        post("malformed JSON", "{\"points\":5,", 400, "body"),
        post("content after the object", VALID + " trailing", 400, "body"),
        post("two objects", VALID + VALID, 400, "body"),
        post("body an array", "[5]", 400, "body"),
        post("body a string", "\"five\"", 400, "body"),
        post("body null", "null", 400, "body"),
        post("empty body", "", 400, "body"),
        post("no body", null, 400, "body"),
        post("a field twice", "{\"points\":5,\"points\":6,\"note\":\"x\"}", 400, "body"),
        post("unknown field", "{\"points\":5,\"note\":\"x\",\"reason\":\"gift\"}", 400, "reason"),
        post("a lone surrogate escaped in the note", "{\"points\":5,\"note\":\"fz\\ud800x\"}", 400, "note"),
        post("a lone surrogate in the body text", "{\"points\":5,\"note\":\"fz\ud800x\"}", 400, "body"),
        post("points 1e1000000", "{\"points\":1e1000000,\"note\":\"x\"}", 400, "points"),
        new Bad("unknown customer", "POST", "/v1/customers/ghost/transactions", VALID, Map.of(), 404, "customerId"),
        new Bad("customer id with #", "POST", "/v1/customers/c%231/transactions", VALID, Map.of(), 400, "customerId"),
        post("missing note", "{\"points\":5}", 400, "note"),
        post("blank note", "{\"points\":5,\"note\":\"   \"}", 400, "note"),
        post("note of 501 characters", "{\"points\":5,\"note\":\"" + note501 + "\"}", 400, "note"),
        post("note a number", "{\"points\":5,\"note\":42}", 400, "note"),
        post("points 0", "{\"points\":0,\"note\":\"x\"}", 400, "points"),
        post("points 1,000,000,001", "{\"points\":1000000001,\"note\":\"x\"}", 400, "points"),
        post("points -1,000,000,001", "{\"points\":-1000000001,\"note\":\"x\"}", 400, "points"),
        post("points Long.MIN_VALUE", "{\"points\":-9223372036854775808,\"note\":\"x\"}", 400, "points"),
        post("points beyond 64 bits", "{\"points\":9223372036854775808,\"note\":\"x\"}", 400, "points"),
        post("points 1.5", "{\"points\":1.5,\"note\":\"x\"}", 400, "points"),
        post("points \"abc\"", "{\"points\":\"abc\",\"note\":\"x\"}", 400, "points"),
        post("points \"5\"", "{\"points\":\"5\",\"note\":\"x\"}", 400, "points"),
        post("points true", "{\"points\":true,\"note\":\"x\"}", 400, "points"),
        post("missing points", "{\"note\":\"x\"}", 400, "points"),
        post("points null", "{\"points\":null,\"note\":\"x\"}", 400, "points"),
        post("body over 64 KiB", oversized, 413, "body"),
        post("debit beyond the balance", "{\"points\":-71,\"note\":\"too much\"}", 409, "points"),
        new Bad("Idempotency-Key with a space", "POST", TX, VALID, Map.of("Idempotency-Key", "two words"), 400,
            "Idempotency-Key"),
        new Bad("Idempotency-Key of 256 characters", "POST", TX, VALID, Map.of("Idempotency-Key", "k".repeat(256)),
            400, "Idempotency-Key"),
        new Bad("preview: malformed JSON", "POST", TX + "/preview", "{", Map.of(), 400, "body"),
        new Bad("preview: unknown customer", "POST", "/v1/customers/ghost/transactions/preview", VALID, Map.of(), 404,
            "customerId"),
        new Bad("preview: points 0", "POST", TX + "/preview", "{\"points\":0,\"note\":\"x\"}", Map.of(), 400,
            "points"),
        new Bad("preview: missing note", "POST", TX + "/preview", "{\"points\":5}", Map.of(), 400, "note"),
        get("limit 0", TX + "?limit=0", 400, "limit"),
        get("limit 101", TX + "?limit=101", 400, "limit"),
        get("limit not a number", TX + "?limit=ten", 400, "limit"),
        get("cursor not base64", TX + "?cursor=" + q("!!!"), 400, "cursor"),
        get("cursor of no entry", TX + "?cursor=" + cursorOf("TX#tx_BAD"), 400, "cursor"),
        get("cursor of another item", TX + "?cursor=" + cursorOf("BALANCE"), 400, "cursor"),
        get("cursor outside the range", TX + "?to=2020-01-01T00:00:00Z&cursor="
            + cursorOf("TX#tx_01JQ8Z5V3M6X2N4B7C9D1F0G2H"), 400, "cursor"),
        get("unknown reason", TX + "?reason=bogus", 400, "reason"),
        get("from not a date", TX + "?from=yesterday", 400, "from"),
        get("to not a date", TX + "?to=2026-13-01T00:00:00Z", 400, "to"),
        get("to without a zone", TX + "?to=2026-01-01T00:00:00", 400, "to"),
        get("from after to", TX + "?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", 400, "from"),
        get("from far in the future", TX + "?from=" + q("+999999999-12-31T23:59:59Z"), 400, "from"),
        get("to before 1970", TX + "?to=1969-12-31T23:59:59Z", 400, "to"),
        get("includeDeleted not a boolean", TX + "?includeDeleted=maybe", 400, "includeDeleted"),
        get("history of an unknown customer", "/v1/customers/ghost/transactions", 404, "customerId"),
        get("balance of an unknown customer", "/v1/customers/ghost/balance", 404, "customerId"),
        get("balance of a customer id of 129 characters", "/v1/customers/" + "x".repeat(129) + "/balance", 400,
            "customerId"),
        new Bad("delete: entry of another customer", "DELETE", TX + "/{other}", null, Map.of(), 404, "entryId"),
        new Bad("delete: unknown entry", "DELETE", TX + "/tx_01JQ8Z5V3M6X2N4B7C9D1F0G2H", null, Map.of(), 404,
            "entryId"),
        new Bad("delete: not an entry id", "DELETE", TX + "/123", null, Map.of(), 404, "entryId"),
        new Bad("delete: unknown customer", "DELETE", "/v1/customers/ghost/transactions/{credit}", null, Map.of(), 404,
            "entryId"),
        new Bad("delete: already deleted", "DELETE", TX + "/{deleted}", null, Map.of(), 409, "entryId"),
        new Bad("delete: would go below zero", "DELETE", TX + "/{credit}", null, Map.of(), 409, "entryId"),
        new Bad("method not allowed", "PATCH", TX, VALID, Map.of(), 405, "method"),
        new Bad("no such route", "GET", "/v1/customers/c-1/points", null, Map.of(), 404, "path"));
  }

  /** Made once: no row may change it, and each row checks exactly that. */
  @BeforeAll
  void setUp(Backend backend) {
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP);
    for (String id : List.of("c-1", "c-2", "c-3")) {
      backend.stores().customers().save(program.id(), new CustomerId(id),
          CustomerDetails.parse(id + "@example.com", "Customer " + id, null), Instant.now());
    }
    admin = new Http(new LedgerFunction(backend), program.admin());
    creditId = created(admin.post(TX, "{\"points\":100,\"note\":\"credit\"}"));
    created(admin.post(TX, "{\"points\":-30,\"note\":\"debit\"}"));
    deletedId = created(admin.post(TX, "{\"points\":5,\"note\":\"to be deleted\"}"));
    assertEquals(200, admin.delete(TX + "/" + deletedId).status());
    otherCustomersEntryId = created(admin.post("/v1/customers/c-2/transactions", "{\"points\":9,\"note\":\"c-2\"}"));
    stateBefore = state();
  }

  private static String created(Http.Result result) {
    assertEquals(201, result.status(), result.toString());
    return result.string("id");
  }

  /** Everything a mistake could have changed: both balances and both full histories, deleted entries included. */
  private List<Map<String, Object>> state() {
    List<Map<String, Object>> state = new ArrayList<>();
    for (String customer : List.of("c-1", "c-2")) {
      state.add(admin.get("/v1/customers/" + customer + "/balance").json());
      state.add(admin.get("/v1/customers/" + customer + "/transactions?includeDeleted=true&limit=100").json());
    }
    return state;
  }

  @Test
  void aBodyThatIsNotUtf8IsRefusedNamingBodyAndWritesNothing() {
    byte[] invalid = concat("{\"points\":-5,\"note\":\"fz".getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xff, (byte) 0xfe}, "\"}".getBytes(StandardCharsets.UTF_8));
    byte[] encodedSurrogate = concat("{\"points\":5,\"note\":\"x".getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, "\"}".getBytes(StandardCharsets.UTF_8));
    for (byte[] body : List.of(invalid, encodedSurrogate)) {
      Http.Result result = admin.sendBytes("POST", TX, body, Map.of("Idempotency-Key", "utf8-" + System.nanoTime()));
      assertEquals(400, result.status(), result.toString());
      assertEquals("body", result.problemField(), result.toString());
      assertEquals(stateBefore, state(), "nothing was written");
    }
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void eachMistakeGetsItsProblemAndWritesNothing(Bad bad) {
    String path = bad.path().replace("{credit}", creditId).replace("{deleted}", deletedId)
        .replace("{other}", otherCustomersEntryId);
    String idempotencyKey = "bad-input-" + System.nanoTime();
    Map<String, String> headers = new java.util.HashMap<>(bad.headers());
    boolean usesItsOwnKey = headers.containsKey("Idempotency-Key");
    if (bad.method().equals("POST") && !usesItsOwnKey) {
      headers.put("Idempotency-Key", idempotencyKey);
    }

    Http.Result result = admin.send(bad.method(), path, bad.body(), headers);

    assertEquals(bad.status(), result.status(), result.toString());
    assertEquals("application/problem+json", result.contentType());
    assertEquals(bad.field(), result.problemField(), result.toString());
    assertEquals(bad.status(), result.number("status"));
    assertEquals(stateBefore, state(), "nothing was written");

    if (bad.method().equals("POST") && !usesItsOwnKey) {
      // the refused request did not use up its Idempotency-Key: a correct request with it is applied as new
      // (on c-3, whose state the other rows do not compare)
      Http.Result retry = admin.send("POST", "/v1/customers/c-3/transactions", VALID,
          Map.of("Idempotency-Key", idempotencyKey));
      assertEquals(201, retry.status(), retry.toString());
      assertNull(retry.header("idempotent-replayed"));
    }
  }
}
