package nl.klantpunten.functions.badges;

import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.error.ConflictException;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.reward.Reward;
import nl.klantpunten.core.reward.RewardId;
import nl.klantpunten.core.reward.RewardInput;
import nl.klantpunten.core.store.BadgeStore;
import nl.klantpunten.core.store.RewardStore;

/**
 * PUT /v1/rewards/{rewardId} {name, pointsRequired, description}: 201 created, 200 replaced; 409 CATALOG_FULL
 * beyond {@link Reward#MAX_PER_PROGRAM} rewards.
 */
final class PutReward implements Operation {
  private final BadgeStore catalogs;
  private final RewardStore rewards;

  PutReward(BadgeStore catalogs, RewardStore rewards) {
    this.catalogs = catalogs;
    this.rewards = rewards;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    ProgramId program = request.principal().programId();
    RewardId id = new RewardId(request.pathParam("rewardId"));
    Reward reward = RewardInput.parse(id, request.json().asMap());
    var catalog = catalogs.catalog(program);
    if (catalog.reward(id).isEmpty() && catalog.rewards().size() >= Reward.MAX_PER_PROGRAM) {
      throw new ConflictException("CATALOG_FULL", "rewardId",
          "a program has at most " + Reward.MAX_PER_PROGRAM + " rewards; delete one first");
    }
    boolean created = rewards.put(program, reward);
    return ApiResponse.json(created ? 201 : 200, CatalogJson.reward(reward));
  }
}
