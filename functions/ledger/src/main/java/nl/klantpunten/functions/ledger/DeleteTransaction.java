package nl.klantpunten.functions.ledger;

import java.time.Clock;
import java.util.regex.Pattern;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.api.Representations;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.store.LedgerStore;

/**
 * DELETE /v1/customers/{id}/transactions/{entryId}: hides the entry and reverses its effect in one transaction;
 * 409 where that would take the balance below zero. The deleted entry stays visible to admins with
 * ?includeDeleted=true.
 */
final class DeleteTransaction implements Operation {
  private static final Pattern ENTRY_ID = Pattern.compile("tx_[0-9A-Z]{26}");
  private final LedgerStore ledger;
  private final Clock clock;

  DeleteTransaction(LedgerStore ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    CustomerId customer = new CustomerId(request.pathParam("customerId"));
    String entryId = request.pathParam("entryId");
    if (!ENTRY_ID.matcher(entryId).matches()) {
      throw new NotFoundException("transaction", "entryId", entryId);
    }
    var deleted = ledger.delete(request.principal().programId(), customer, entryId, request.principal().keyId(),
        clock.instant());
    return ApiResponse.ok(Representations.entry(deleted));
  }
}
