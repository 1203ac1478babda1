package nl.klantpunten.functions.badges;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Fingerprint;
import nl.klantpunten.api.JsonBody;
import nl.klantpunten.api.Operation;
import nl.klantpunten.api.Representations;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.ledger.IdempotencyKey;
import nl.klantpunten.core.reward.ClaimReward;
import nl.klantpunten.core.reward.RewardId;

/**
 * POST /v1/customers/{customerId}/rewards/{rewardId}/claim {note}: 201 with the ledger entry and the reward; 409
 * INSUFFICIENT_BALANCE when the balance is short; 404 for an unknown reward or customer. An Idempotency-Key makes a
 * retry answer the first claim (header Idempotent-Replayed: true) instead of claiming twice.
 */
final class ClaimRewardOperation implements Operation {
  static final int MAX_NOTE = 500;
  private final ClaimReward claims;

  ClaimRewardOperation(ClaimReward claims) {
    this.claims = claims;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    CustomerId customer = new CustomerId(request.pathParam("customerId"));
    RewardId reward = new RewardId(request.pathParam("rewardId"));
    String note = null;
    if (request.body() != null && !request.body().isBlank()) {
      JsonBody body = request.json().onlyFields(Set.of("note"));
      note = body.string("note");
      if (note != null && note.strip().length() > MAX_NOTE) {
        throw ValidationException.of("note", "length", "at most " + MAX_NOTE + " characters");
      }
      note = note == null || note.isBlank() ? null : note.strip();
    }
    IdempotencyKey key = IdempotencyKey.fromHeader(request.header("idempotency-key"), Fingerprint.of(request));
    ClaimReward.Claimed claimed = claims.claim(request.principal().programId(), customer, reward, note,
        request.principal().keyId(), key);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("reward", CatalogJson.reward(claimed.reward()));
    out.put("entry", Representations.entry(claimed.recorded().entry()));
    ApiResponse response = ApiResponse.created(out);
    return claimed.recorded().replayed() ? response.withHeader("idempotent-replayed", "true") : response;
  }
}
