package nl.klantpunten.functions.gifts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.gift.GiftId;
import nl.klantpunten.core.gift.GiftPeriod;
import nl.klantpunten.core.gift.GiftPlan;
import nl.klantpunten.core.gift.GiftRunState;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.GiftStore;
import nl.klantpunten.core.store.SettingsStore;

/**
 * GET /v1/gifts/{giftId}: the plan, its current period in the program's time zone and how far that period got,
 * with {@code skipped} naming why the last run gave nothing (POINTS_DISABLED), null otherwise.
 */
final class GetGift implements Operation {
  private final GiftStore gifts;
  private final SettingsStore settings;
  private final Clock clock;

  GetGift(GiftStore gifts, SettingsStore settings, Clock clock) {
    this.gifts = gifts;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    GiftId id = new GiftId(request.pathParam("giftId"));
    ProgramId program = request.principal().programId();
    GiftPlan plan = gifts.find(program, id).orElseThrow(() -> new NotFoundException("gift", "giftId", id.value()));
    ZoneId zone = settings.load(program).calendar().timeZone();
    Instant now = clock.instant();
    GiftPeriod period = plan.cadence().periodAt(now, zone);
    Map<String, Object> current = new LinkedHashMap<>();
    current.put("period", period.key());
    current.put("start", period.start().toString());
    current.put("end", period.end().toString());
    current.put("due", plan.due(now, zone).isPresent());
    var state = gifts.runState(program, id, period.key());
    current.put("given", state.map(s -> s.given()).orElse(0L));
    current.put("completedWalks", state.map(s -> s.walks()).orElse(0L));
    current.put("lastRunAt", state.map(s -> s.updatedAt().toString()).orElse(null));
    current.put("skipped", state.map(GiftRunState::skipped).orElse(null));
    Map<String, Object> body = new LinkedHashMap<>(GiftJson.of(plan));
    body.put("timeZone", zone.getId());
    body.put("currentPeriod", current);
    return ApiResponse.ok(body);
  }
}
