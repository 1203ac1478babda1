package nl.klantpunten.functions.ledger;

import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.api.Representations;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.store.LedgerStore;

/** GET /v1/customers/{customerId}/balance → {balance, updatedAt, …}: one read. */
final class GetBalance implements Operation {
  private final LedgerStore ledger;

  GetBalance(LedgerStore ledger) {
    this.ledger = ledger;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    CustomerId customer = new CustomerId(request.pathParam("customerId"));
    return ledger.balance(request.principal().programId(), customer)
        .map(b -> ApiResponse.ok(Representations.balance(b)))
        .orElseThrow(() -> new NotFoundException("customer", customer.value()));
  }
}
