package nl.klantpunten.functions.ledger;

import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Fingerprint;
import nl.klantpunten.api.Operation;
import nl.klantpunten.api.Representations;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.IdempotencyKey;
import nl.klantpunten.core.ledger.ManualAdjustment;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.ledger.Recorded;
import nl.klantpunten.core.store.LedgerStore;
import nl.klantpunten.core.store.SettingsStore;

/**
 * POST /v1/customers/{id}/transactions {points, note}: positive credits, negative debits. With an Idempotency-Key a
 * retry answers the first entry again (header Idempotent-Replayed: true) and writes nothing. While the program's
 * points are off an admin may still correct balances; a vendor gets 409 POINTS_DISABLED.
 */
final class PostTransaction implements Operation {
  private final LedgerStore ledger;
  private final SettingsStore settings;

  PostTransaction(LedgerStore ledger, SettingsStore settings) {
    this.ledger = ledger;
    this.settings = settings;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    CustomerId customer = new CustomerId(request.pathParam("customerId"));
    ManualAdjustment adjustment = Adjustments.readAllowed(request, settings);
    IdempotencyKey idempotencyKey = IdempotencyKey.fromHeader(request.header("idempotency-key"), Fingerprint.of(request));
    Recorded recorded = ledger.record(request.principal().programId(), new BalanceChange(customer,
        adjustment.points(), adjustment.kind(), Reason.MANUAL, adjustment.note(), null,
        request.principal().keyId(), idempotencyKey).notifyingWhenEarned());
    ApiResponse response = ApiResponse.created(Representations.entry(recorded.entry()));
    return recorded.replayed() ? response.withHeader("idempotent-replayed", "true") : response;
  }
}
