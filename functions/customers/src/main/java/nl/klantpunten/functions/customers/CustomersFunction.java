package nl.klantpunten.functions.customers;

import static nl.klantpunten.api.Route.get;
import static nl.klantpunten.api.Route.put;

import java.util.List;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.api.Roles;
import nl.klantpunten.core.badge.ReadSummary;

/** Lambda: a program's customers — create or update, read, search, and their shortcode values. */
public final class CustomersFunction extends HttpFunction {

  public CustomersFunction() {
    this(Backend.fromEnvironment());
  }

  public CustomersFunction(Backend backend) {
    super(backend, List.of(
        put("/v1/customers/{customerId}", new SaveCustomer(backend.stores().customers(), backend.clock()), Roles.ANY),
        get("/v1/customers/{customerId}", new GetCustomer(backend.stores().customers()), Roles.ANY),
        get("/v1/customers/{customerId}/shortcodes", new GetShortcodes(backend.stores().programs(),
            backend.stores().customers(), new ReadSummary(backend.stores().summaries())), Roles.ANY),
        get("/v1/customers", new FindCustomers(backend.stores().customers(), backend.stores().segments()),
            Roles.ANY)));
  }
}
