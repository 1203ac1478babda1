package nl.klantpunten.functions.enrolment;

import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.CardProgramStore;
import nl.klantpunten.core.store.ProgramStore;

/** GET /v1/card-program: the caller's card settings and the enrolment link to share; 404 before the first PUT. */
final class GetCardProgram implements Operation {
  private final ProgramStore programs;
  private final CardProgramStore cardPrograms;

  GetCardProgram(ProgramStore programs, CardProgramStore cardPrograms) {
    this.programs = programs;
    this.cardPrograms = cardPrograms;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    ProgramId id = request.principal().programId();
    var cardProgram = cardPrograms.find(id)
        .orElseThrow(() -> new NotFoundException("card program", "path", id.value()));
    String name = programs.find(id).orElseThrow(() -> new NotFoundException("program", id.value())).name();
    return ApiResponse.ok(CardProgramRepresentation.of(cardProgram, name, request));
  }
}
