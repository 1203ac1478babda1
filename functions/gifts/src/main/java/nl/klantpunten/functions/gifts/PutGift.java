package nl.klantpunten.functions.gifts;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.gift.GiftId;
import nl.klantpunten.core.gift.GiftPlan;
import nl.klantpunten.core.gift.GiftPlanInput;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.GiftStore;

/**
 * PUT /v1/gifts/{giftId}: creates (201) or replaces (200) a plan. A replaced plan keeps its creation time, so
 * editing it never makes an earlier period due; customers who got this period's gift keep it, the others get the
 * new points.
 */
final class PutGift implements Operation {
  private final GiftStore gifts;
  private final Clock clock;

  PutGift(GiftStore gifts, Clock clock) {
    this.gifts = gifts;
    this.clock = clock;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    GiftId id = new GiftId(request.pathParam("giftId"));
    GiftPlanInput input = GiftPlanInput.parse(request.json().asMap());
    ProgramId program = request.principal().programId();
    Instant now = clock.instant();
    Optional<GiftPlan> existing = gifts.find(program, id);
    GiftPlan plan = existing.map(p -> p.updatedWith(input, now)).orElseGet(() -> new GiftPlan(id, input.points(),
        input.description(), input.cadence(), input.segment(), input.active(), now, now));
    gifts.save(program, plan);
    return existing.isPresent() ? ApiResponse.ok(GiftJson.of(plan)) : ApiResponse.created(GiftJson.of(plan));
  }
}
