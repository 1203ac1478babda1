package nl.klantpunten.functions.ledger;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.ledger.BalancePreview;
import nl.klantpunten.core.ledger.ManualAdjustment;
import nl.klantpunten.core.store.LedgerStore;
import nl.klantpunten.core.store.SettingsStore;

/** POST /v1/customers/{id}/transactions/preview {points, note} → what the change would do. Writes nothing. */
final class PreviewTransaction implements Operation {
  private final LedgerStore ledger;
  private final SettingsStore settings;

  PreviewTransaction(LedgerStore ledger, SettingsStore settings) {
    this.ledger = ledger;
    this.settings = settings;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    CustomerId customer = new CustomerId(request.pathParam("customerId"));
    ManualAdjustment adjustment = Adjustments.readAllowed(request, settings);
    long current = ledger.balance(request.principal().programId(), customer)
        .orElseThrow(() -> new NotFoundException("customer", customer.value()))
        .points();
    BalancePreview preview = adjustment.previewOn(current);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("currentBalance", preview.currentBalance());
    body.put("newBalance", preview.newBalance());
    body.put("allowed", preview.allowed());
    body.put("reason", preview.reason());
    return ApiResponse.ok(body);
  }
}
