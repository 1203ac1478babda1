package nl.klantpunten.functions.earning;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.api.Representations;
import nl.klantpunten.core.earning.CustomerAction;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.error.UnprocessableException;
import nl.klantpunten.core.ledger.Recorded;
import nl.klantpunten.core.settings.ActionPoints;
import nl.klantpunten.core.settings.PointsSwitch;
import nl.klantpunten.core.settings.ProgramConfig;
import nl.klantpunten.core.settings.SettingsCache;
import nl.klantpunten.core.store.LedgerStore;

/**
 * POST /v1/events {type: registration|newsletter_signup|review, customerId, reference}: the action's fixed points,
 * as often as CustomerAction's rules allow. 201 with the entry when it earned; 200 when it did not (already
 * rewarded: the first entry; action worth 0 points or earning off: skipped). The customer must exist (404). 409
 * POINTS_DISABLED while the program's points are off.
 */
final class PostEvent implements Operation {
  private final SettingsCache programs;
  private final LedgerStore ledger;

  PostEvent(SettingsCache programs, LedgerStore ledger) {
    this.programs = programs;
    this.ledger = ledger;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    ProgramConfig config = programs.find(request.principal().programId())
        .orElseThrow(() -> new NotFoundException("program", request.principal().programId().value()));
    CustomerAction action = CustomerAction.parse(request.json().asMap());
    PointsSwitch.requireOn(config.settings());
    ActionPoints settings = config.earning().actions();
    long points = action.points(settings);
    if (!config.earning().enabled()) {
      return ApiResponse.ok(body(action, "skipped", 0, "EARNING_DISABLED"));
    }
    if (points == 0) {
      return ApiResponse.ok(body(action, "skipped", 0, "ACTION_NOT_REWARDED"));
    }
    Recorded recorded;
    try {
      recorded = ledger.record(config.program().id(), action.change(points, request.principal().keyId(), settings));
    } catch (UnprocessableException reused) {
      throw new UnprocessableException("REFERENCE_REUSED",
          "this " + action.type().wireName() + " reference was already rewarded for another customer");
    }
    if (recorded.replayed()) {
      Map<String, Object> body = body(action, "unchanged", 0, "ALREADY_REWARDED");
      body.put("entry", Representations.entry(recorded.entry()));
      return ApiResponse.ok(body);
    }
    Map<String, Object> body = body(action, "earned", points, null);
    body.put("entry", Representations.entry(recorded.entry()));
    return ApiResponse.created(body);
  }

  private static Map<String, Object> body(CustomerAction action, String result, long earned, String reason) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", action.type().wireName());
    m.put("customerId", action.customerId().value());
    m.put("reference", action.reference());
    m.put("result", result);
    m.put("earned", earned);
    if ("skipped".equals(result)) {
      m.put("skipped", reason);
    }
    m.put("reason", reason);
    return m;
  }
}
