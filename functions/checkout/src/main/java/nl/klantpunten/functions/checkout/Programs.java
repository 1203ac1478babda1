package nl.klantpunten.functions.checkout;

import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.settings.ProgramConfig;
import nl.klantpunten.core.settings.SettingsCache;

/** The caller's program (always from its API key, never from input) with its settings, from the container cache. */
final class Programs {
  private Programs() {}

  static ProgramConfig of(SettingsCache cache, ApiRequest request) {
    return cache.find(request.principal().programId())
        .orElseThrow(() -> new NotFoundException("program", request.principal().programId().value()));
  }
}
