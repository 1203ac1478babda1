package nl.klantpunten.core.store;

import java.time.Instant;
import java.util.Optional;
import nl.klantpunten.core.card.CardProgram;
import nl.klantpunten.core.card.CardProgramSettings;
import nl.klantpunten.core.card.Slug;
import nl.klantpunten.core.program.ProgramId;

/** Loyalty-card configuration per program, and the deployment-wide slug → program lookup. */
public interface CardProgramStore {

  Optional<CardProgram> find(ProgramId program);

  /** The program whose enrolment link uses this slug. */
  Optional<ProgramId> programOf(Slug slug);

  /**
   * Stores the settings if the stored version is still {@code expectedVersion} (0: none stored yet), claiming the
   * slug and releasing the program's previous slug in the same write. {@code ConflictException} SLUG_TAKEN when
   * another program holds the slug, {@code ContentionException} when another save came first; nothing is written
   * in either case.
   */
  CardProgram save(ProgramId program, CardProgramSettings settings, long expectedVersion, Instant now);
}
