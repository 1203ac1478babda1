package nl.klantpunten.functions.ledger;

import java.util.Set;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.JsonBody;
import nl.klantpunten.core.auth.Principal;
import nl.klantpunten.core.ledger.ManualAdjustment;
import nl.klantpunten.core.settings.PointsSwitch;
import nl.klantpunten.core.store.SettingsStore;

/**
 * Reads the body shared by preview and post: {points, note}, and applies the points switch to it: while the
 * program's points are off only an admin may correct balances (409 POINTS_DISABLED for a vendor).
 */
final class Adjustments {
  private static final Set<String> FIELDS = Set.of("points", "note");

  private Adjustments() {}

  static ManualAdjustment read(ApiRequest request) {
    JsonBody body = request.json().onlyFields(FIELDS);
    return ManualAdjustment.parse(body.wholeNumber("points"), body.string("note"));
  }

  /** Reads the body, then refuses a correction the points switch does not allow this caller. */
  static ManualAdjustment readAllowed(ApiRequest request, SettingsStore settings) {
    ManualAdjustment adjustment = read(request);
    Principal caller = request.principal();
    PointsSwitch.requireCorrectionAllowed(caller.role(), () -> settings.load(caller.programId()));
    return adjustment;
  }
}
