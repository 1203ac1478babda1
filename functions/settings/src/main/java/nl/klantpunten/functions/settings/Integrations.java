package nl.klantpunten.functions.settings;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.webhook.Platform;

/** The path's platform, and the JSON shape of an integration: whether a secret is set, never the secret. */
final class Integrations {
  private Integrations() {}

  static Platform platform(String value) {
    return Platform.fromWire(value).orElseThrow(() -> new NotFoundException("integration", value));
  }

  static Map<String, Object> json(ProgramId program, Platform platform, Instant configuredAt) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("platform", platform.wireName());
    m.put("configured", configuredAt != null);
    m.put("updatedAt", configuredAt == null ? null : configuredAt.toString());
    m.put("webhookPath", "/v1/webhooks/" + platform.wireName() + "?program=" + program.value());
    return m;
  }
}
