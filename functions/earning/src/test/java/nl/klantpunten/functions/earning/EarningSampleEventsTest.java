package nl.klantpunten.functions.earning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.api.testing.TestSettings;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every events/earning sample runs through the handler. */
@ExtendWith(TestBackend.class)
class EarningSampleEventsTest {

  @Test
  void everySampleWorks(Backend backend) {
    TestProgram program = TestProgram.create(backend, ProgramKind.VENDOR);
    TestSettings.apply(backend, program.id(), "{\"earning\": {\"actions\": {\"review\": 10}}}");
    backend.stores().customers().save(program.id(), new CustomerId("c-1"),
        CustomerDetails.parse("anna@example.com", "Anna", "CARD-0042"), Instant.now());
    EarningFunction function = new EarningFunction(backend, Duration.ZERO);
    Http shop = new Http(function, program.key(Role.WEBSHOP));
    var event = shop.run(shop.sample("earning/post-event.json"));
    assertEquals(201, event.status(), event.toString());
    assertEquals(10, event.number("earned"));
    Http till = new Http(function, program.key(Role.VENDOR));
    var sale = till.run(till.sample("earning/post-sale.json"));
    assertEquals(201, sale.status(), sale.toString());
    assertEquals(12, sale.number("earned"), "12.34 EUR at the default 1 point per euro");
    assertEquals("true", till.run(till.sample("earning/post-sale.json")).header("idempotent-replayed"));
  }
}
