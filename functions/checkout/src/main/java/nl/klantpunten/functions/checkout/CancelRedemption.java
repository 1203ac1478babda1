package nl.klantpunten.functions.checkout;

import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.redemption.SettleRedemption;

/**
 * POST /v1/checkout/redemptions/{redemptionId}/cancel: the checkout was abandoned; the points go back in one
 * transaction with the status change. Again: 200 with Idempotent-Replayed; after a commit: 409 REDEMPTION_COMMITTED.
 */
final class CancelRedemption implements Operation {
  private final SettleRedemption settle;

  CancelRedemption(SettleRedemption settle) {
    this.settle = settle;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    String id = RedemptionIds.check(request.pathParam("redemptionId"));
    SettleRedemption.Settled settled = settle.cancel(request.principal().programId(), id,
        request.principal().keyId());
    ApiResponse response = ApiResponse.ok(CheckoutJson.redemption(settled.redemption()));
    return settled.replayed() ? response.withHeader("idempotent-replayed", "true") : response;
  }
}
