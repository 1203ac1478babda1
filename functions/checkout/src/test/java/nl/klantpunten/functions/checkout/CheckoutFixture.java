package nl.klantpunten.functions.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.Json;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.api.testing.TestSettings;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.EntryQuery;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramKind;

/**
 * A program with redemption on (100 points = 1.00 EUR unless a test says otherwise), customers with points, and the
 * checkout function as the webshop key calls it; plus the reads the tests check state with.
 */
final class CheckoutFixture {
  static final String REDEMPTION_ON = "{\"redemption\": {\"enabled\": true}}";
  final Backend backend;
  final TestProgram program;
  final CheckoutFunction function;
  final Http shop;

  CheckoutFixture(Backend backend, String settingsJson) {
    this.backend = backend;
    this.program = TestProgram.create(backend, ProgramKind.SHOP);
    TestSettings.apply(backend, program.id(), settingsJson);
    this.function = new CheckoutFunction(backend, Duration.ZERO);
    this.shop = new Http(function, program.key(Role.WEBSHOP));
  }

  CheckoutFixture(Backend backend) {
    this(backend, REDEMPTION_ON);
  }

  void customer(String id, long points) {
    CustomerId customer = new CustomerId(id);
    backend.stores().customers().save(program.id(), customer,
        CustomerDetails.parse(id + "@example.com", "Customer " + id, null), Instant.now());
    if (points > 0) {
      backend.stores().ledger().record(program.id(), new BalanceChange(customer, points, EntryKind.ADJUST,
          Reason.MANUAL, "seed", null, "test", null));
    }
  }

  long balance(String customer) {
    return backend.stores().ledger().balance(program.id(), new CustomerId(customer)).orElseThrow().points();
  }

  List<LedgerEntry> entries(String customer) {
    return backend.stores().ledger().entries(program.id(), new CustomerId(customer),
        new EntryQuery(100, null, null, null, null, false)).items();
  }

  static String quoteBody(String customer, Long requested, String... lines) {
    return "{\"customerId\":\"" + customer + "\",\"currency\":\"EUR\","
        + (requested == null ? "" : "\"requestedPoints\":" + requested + ",")
        + "\"lines\":[" + String.join(",", lines) + "]}";
  }

  static String line(String product, long quantity, String unitPrice, boolean discounted) {
    return Json.write(Map.of("productId", product, "quantity", quantity, "unitPrice", unitPrice,
        "discounted", discounted));
  }

  static String reserveBody(String customer, long points, String orderRef, String... lines) {
    return "{\"customerId\":\"" + customer + "\",\"points\":" + points + ",\"orderRef\":\"" + orderRef
        + "\",\"lines\":[" + String.join(",", lines) + "]}";
  }

  Http.Result reserve(String idempotencyKey, String body) {
    return shop.send("POST", "/v1/checkout/redemptions", body, Map.of("Idempotency-Key", idempotencyKey));
  }

  /** Reserves and expects 201; the redemption's id. */
  String reserved(String customer, long points, String orderRef) {
    Http.Result r = reserve("key-" + orderRef, reserveBody(customer, points, orderRef, line("mug", 1, "50.00", false)));
    assertEquals(201, r.status(), r.toString());
    return r.string("id");
  }
}
