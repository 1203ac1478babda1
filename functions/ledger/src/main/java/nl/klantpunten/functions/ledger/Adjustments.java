package nl.klantpunten.functions.ledger;

import java.util.Set;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.JsonBody;
import nl.klantpunten.core.ledger.ManualAdjustment;

/** Reads the body shared by preview and post: {points, note}. */
final class Adjustments {
  private static final Set<String> FIELDS = Set.of("points", "note");

  private Adjustments() {}

  static ManualAdjustment read(ApiRequest request) {
    JsonBody body = request.json().onlyFields(FIELDS);
    return ManualAdjustment.parse(body.wholeNumber("points"), body.string("note"));
  }
}
