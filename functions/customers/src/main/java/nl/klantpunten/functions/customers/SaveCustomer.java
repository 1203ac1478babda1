package nl.klantpunten.functions.customers;

import java.time.Clock;
import java.util.Set;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.JsonBody;
import nl.klantpunten.api.Operation;
import nl.klantpunten.api.Representations;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.store.CustomerStore;

/** PUT /v1/customers/{customerId}: 201 when created, 200 when updated (or unchanged). */
final class SaveCustomer implements Operation {
  private static final Set<String> FIELDS = Set.of("email", "name", "cardCode", "emailOptIn");
  private final CustomerStore customers;
  private final Clock clock;

  SaveCustomer(CustomerStore customers, Clock clock) {
    this.customers = customers;
    this.clock = clock;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    CustomerId id = new CustomerId(request.pathParam("customerId"));
    JsonBody body = request.json().onlyFields(FIELDS);
    CustomerDetails details = CustomerDetails.parse(body.string("email"), body.string("name"), body.string("cardCode"),
        body.bool("emailOptIn"));
    CustomerStore.Saved saved = customers.save(request.principal().programId(), id, details, clock.instant());
    return ApiResponse.json(saved.created() ? 201 : 200, Representations.customer(saved.customer()));
  }
}
