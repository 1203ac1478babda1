package nl.klantpunten.functions.checkout;

import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.redemption.SettleRedemption;

/**
 * POST /v1/checkout/redemptions/{redemptionId}/commit: the order is paid, the points stay spent. Again: 200 with
 * Idempotent-Replayed; after a release or expiry: 409 (REDEMPTION_RELEASED, RESERVATION_EXPIRED).
 */
final class CommitRedemption implements Operation {
  private final SettleRedemption settle;

  CommitRedemption(SettleRedemption settle) {
    this.settle = settle;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    String id = RedemptionIds.check(request.pathParam("redemptionId"));
    SettleRedemption.Settled settled = settle.commit(request.principal().programId(), id);
    ApiResponse response = ApiResponse.ok(CheckoutJson.redemption(settled.redemption()));
    return settled.replayed() ? response.withHeader("idempotent-replayed", "true") : response;
  }
}
