package nl.klantpunten.functions.customers;

import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.api.Representations;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.store.CustomerStore;

/** GET /v1/customers/{customerId}. */
final class GetCustomer implements Operation {
  private final CustomerStore customers;

  GetCustomer(CustomerStore customers) {
    this.customers = customers;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    CustomerId id = new CustomerId(request.pathParam("customerId"));
    return customers.find(request.principal().programId(), id)
        .map(c -> ApiResponse.ok(Representations.customer(c)))
        .orElseThrow(() -> new NotFoundException("customer", id.value()));
  }
}
