package nl.klantpunten.functions.enrolment;

import java.time.Clock;
import java.util.Set;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.JsonBody;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.card.CardProgram;
import nl.klantpunten.core.card.CardProgramSettings;
import nl.klantpunten.core.card.CardPrograms;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.program.Program;
import nl.klantpunten.core.store.CardProgramStore;
import nl.klantpunten.core.store.ProgramStore;

/**
 * PUT /v1/card-program {slug, customerBaseUrl, validityMonths?, welcomePoints?, cardLinkMinutes?,
 * enrolmentsPerMinute?, timeZone?, distributionEnabled?}: replaces the settings (absent optional fields take their
 * defaults; distribution is on unless {@code distributionEnabled} is false). 201 the first time, 200 after; 409 SLUG_TAKEN when another program uses the slug; 422 for a webshop program.
 */
final class SaveCardProgram implements Operation {
  private static final Set<String> FIELDS = Set.of("slug", "customerBaseUrl", "validityMonths", "welcomePoints",
      "cardLinkMinutes", "enrolmentsPerMinute", "timeZone", "distributionEnabled");
  private final ProgramStore programs;
  private final CardProgramStore cardPrograms;
  private final Clock clock;

  SaveCardProgram(ProgramStore programs, CardProgramStore cardPrograms, Clock clock) {
    this.programs = programs;
    this.cardPrograms = cardPrograms;
    this.clock = clock;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    var id = request.principal().programId();
    JsonBody body = request.json().onlyFields(FIELDS);
    CardProgramSettings settings = CardProgramSettings.parse(body.string("slug"), body.string("customerBaseUrl"),
        body.wholeNumber("validityMonths"), body.wholeNumber("welcomePoints"), body.wholeNumber("cardLinkMinutes"),
        body.wholeNumber("enrolmentsPerMinute"), body.string("timeZone"), body.bool("distributionEnabled"));
    Program program = programs.find(id).orElseThrow(() -> new NotFoundException("program", id.value()));
    CardPrograms.requireVendor(program);
    long version = cardPrograms.find(id).map(CardProgram::version).orElse(0L);
    CardProgram saved = cardPrograms.save(id, settings, version, clock.instant());
    return ApiResponse.json(version == 0 ? 201 : 200, CardProgramRepresentation.of(saved, program.name(), request));
  }
}
