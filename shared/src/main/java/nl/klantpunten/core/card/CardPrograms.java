package nl.klantpunten.core.card;

import nl.klantpunten.core.error.ConflictException;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.error.UnprocessableException;
import nl.klantpunten.core.program.Program;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.core.store.CardProgramStore;

/** Rules about which programs run a loyalty card. */
public final class CardPrograms {
  private CardPrograms() {}

  /** Only a vendor's program hands out cards; a webshop's customers are the shop's own accounts. */
  public static void requireVendor(Program program) {
    if (program.kind() != ProgramKind.VENDOR) {
      throw new UnprocessableException("NOT_A_VENDOR_PROGRAM",
          "loyalty cards belong to vendor programs; this program is a " + program.kind().name().toLowerCase());
    }
  }

  /** The program's card configuration; 409 CARD_PROGRAM_NOT_SET_UP when the vendor has not saved one yet. */
  public static CardProgram configured(CardProgramStore store, ProgramId program) {
    return store.find(program).orElseThrow(() -> new ConflictException(
        "CARD_PROGRAM_NOT_SET_UP", "set up the card program first: PUT /v1/card-program"));
  }

  /** The program behind a public slug; 404 when no program uses it. */
  public static ProgramId bySlug(CardProgramStore store, Slug slug) {
    return store.programOf(slug).orElseThrow(() -> new NotFoundException("enrolment link", "slug", slug.value()));
  }
}
