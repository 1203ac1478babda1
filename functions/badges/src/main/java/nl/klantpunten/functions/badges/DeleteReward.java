package nl.klantpunten.functions.badges;

import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.reward.RewardId;
import nl.klantpunten.core.store.RewardStore;

/** DELETE /v1/rewards/{rewardId}: 204; 404 if none. Claims made before stay in the ledger. */
final class DeleteReward implements Operation {
  private final RewardStore rewards;

  DeleteReward(RewardStore rewards) {
    this.rewards = rewards;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    RewardId id = new RewardId(request.pathParam("rewardId"));
    if (!rewards.delete(request.principal().programId(), id)) {
      throw new NotFoundException("reward", "rewardId", id.value());
    }
    return ApiResponse.noContent();
  }
}
