package nl.klantpunten.functions.settings;

import java.time.Clock;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.program.Program;
import nl.klantpunten.core.settings.ProgramSettings;
import nl.klantpunten.core.settings.SettingsInput;
import nl.klantpunten.core.store.ProgramStore;
import nl.klantpunten.core.store.SettingsStore;

/**
 * PUT /v1/settings with If-Match: merges the document into the current settings and stores them as the next
 * version, only if the stored version is still the one the caller saw (412 otherwise; 428 without If-Match). The
 * answer is the new settings with their new ETag.
 */
final class PutSettings implements Operation {
  private final ProgramStore programs;
  private final SettingsStore settings;
  private final Clock clock;

  PutSettings(ProgramStore programs, SettingsStore settings, Clock clock) {
    this.programs = programs;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    IfMatch ifMatch = IfMatch.require(request.header("if-match"));
    var body = request.json().asMap();
    Program program = programs.find(request.principal().programId())
        .orElseThrow(() -> new NotFoundException("program", request.principal().programId().value()));
    ProgramSettings current = settings.load(program.id());
    ProgramSettings next = SettingsInput.apply(current, body, program.currency());
    if (!ifMatch.matches(current.version())) {
      throw IfMatch.stale(current.version());
    }
    ProgramSettings saved = settings.replace(program.id(), next, current.version(), request.principal().keyId(),
            clock.instant())
        .orElseThrow(() -> IfMatch.stale(settings.load(program.id()).version()));
    return ApiResponse.ok(SettingsJson.of(saved, program.currency())).withHeader("etag", SettingsJson.etag(saved));
  }
}
