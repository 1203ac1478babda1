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
  public static final String CARD_DISTRIBUTION_DISABLED = "CARD_DISTRIBUTION_DISABLED";

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

  /**
   * Refuses with 409 CARD_DISTRIBUTION_DISABLED when the vendor has turned card distribution off: no enrolment, no
   * sale, no new card until it is on again. A program without a card program has nothing to switch off.
   */
  public static void requireDistributing(CardProgram cardProgram) {
    if (!cardProgram.settings().distributionEnabled()) {
      throw distributionDisabled();
    }
  }

  /** As {@link #requireDistributing(CardProgram)}, for a program that may have no card program. */
  public static void requireDistributing(CardProgramStore store, ProgramId program) {
    store.find(program).ifPresent(CardPrograms::requireDistributing);
  }

  public static ConflictException distributionDisabled() {
    return new ConflictException(CARD_DISTRIBUTION_DISABLED, "this vendor is not handing out loyalty cards at the "
        + "moment (card program distributionEnabled is false): enrolment is closed, and sales and new cards are "
        + "refused until the vendor turns distribution on again");
  }

  /** The refusal of an enrolment while distribution is off, naming the program so the page can say who is closed. */
  public static ConflictException enrolmentClosed(String programName) {
    return new ConflictException(CARD_DISTRIBUTION_DISABLED, "enrolment in " + programName + " is closed: the "
        + "vendor is not handing out loyalty cards at the moment");
  }

  /** The program behind a public slug; 404 when no program uses it. */
  public static ProgramId bySlug(CardProgramStore store, Slug slug) {
    return store.programOf(slug).orElseThrow(() -> new NotFoundException("enrolment link", "slug", slug.value()));
  }
}
