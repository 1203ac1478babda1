package nl.klantpunten.functions.checkout;

import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.store.RedemptionStore;

/** GET /v1/checkout/redemptions/{redemptionId}: one redemption of the caller's program and its status. */
final class GetRedemption implements Operation {
  private final RedemptionStore store;

  GetRedemption(RedemptionStore store) {
    this.store = store;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    String id = RedemptionIds.check(request.pathParam("redemptionId"));
    return store.find(request.principal().programId(), id)
        .map(r -> ApiResponse.ok(CheckoutJson.redemption(r)))
        .orElseThrow(() -> new NotFoundException("redemption", "redemptionId", id));
  }
}
