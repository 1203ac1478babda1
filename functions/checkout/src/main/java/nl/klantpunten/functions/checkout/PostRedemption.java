package nl.klantpunten.functions.checkout;

import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Fingerprint;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.ledger.IdempotencyKey;
import nl.klantpunten.core.settings.ProgramConfig;
import nl.klantpunten.core.settings.SettingsCache;
import nl.klantpunten.core.store.RedemptionStore;
import nl.klantpunten.core.redemption.ReserveRedemption;

/**
 * POST /v1/checkout/redemptions {customerId, points, orderRef, lines[, currency]} with a REQUIRED Idempotency-Key:
 * reserves the points (201 with the redemption id, discount and expiry). A retry with the same key and body answers
 * the same redemption (header Idempotent-Replayed: true) and writes nothing.
 */
final class PostRedemption implements Operation {
  private final SettingsCache programs;
  private final ReserveRedemption reserve;

  PostRedemption(SettingsCache programs, ReserveRedemption reserve) {
    this.programs = programs;
    this.reserve = reserve;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    String header = request.header("idempotency-key");
    if (header == null) {
      throw ValidationException.of("Idempotency-Key", "required",
          "a reservation moves points: send an Idempotency-Key so a retry cannot reserve twice");
    }
    IdempotencyKey key = IdempotencyKey.fromHeader(header, Fingerprint.of(request));
    ProgramConfig config = Programs.of(programs, request);
    CheckoutRequests.ReserveRequest in = CheckoutRequests.reserve(request.json().asMap(), config.currency());
    RedemptionStore.Reserved reserved = reserve.reserve(config, in.customer(), in.cart(), in.points(), in.orderRef(),
        key, request.principal().keyId());
    ApiResponse response = ApiResponse.created(CheckoutJson.redemption(reserved.redemption()));
    return reserved.replayed() ? response.withHeader("idempotent-replayed", "true") : response;
  }
}
