package nl.klantpunten.functions.badges;

import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.reward.RewardId;
import nl.klantpunten.core.store.RewardStore;

/** GET /v1/rewards/{rewardId}; 404 when the program has no such reward. */
final class GetReward implements Operation {
  private final RewardStore rewards;

  GetReward(RewardStore rewards) {
    this.rewards = rewards;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    RewardId id = new RewardId(request.pathParam("rewardId"));
    return rewards.find(request.principal().programId(), id)
        .map(r -> ApiResponse.ok(CatalogJson.reward(r)))
        .orElseThrow(() -> new NotFoundException("reward", "rewardId", id.value()));
  }
}
