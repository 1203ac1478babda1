package nl.klantpunten.functions.settings;

import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.program.Program;
import nl.klantpunten.core.settings.ProgramSettings;
import nl.klantpunten.core.store.ProgramStore;
import nl.klantpunten.core.store.SettingsStore;

/** GET /v1/settings: the settings (defaults, version 0, when never saved) with their version as ETag. */
final class GetSettings implements Operation {
  private final ProgramStore programs;
  private final SettingsStore settings;

  GetSettings(ProgramStore programs, SettingsStore settings) {
    this.programs = programs;
    this.settings = settings;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    Program program = programs.find(request.principal().programId())
        .orElseThrow(() -> new NotFoundException("program", request.principal().programId().value()));
    ProgramSettings current = settings.load(program.id());
    return ApiResponse.ok(SettingsJson.of(current, program.currency())).withHeader("etag", SettingsJson.etag(current));
  }
}
