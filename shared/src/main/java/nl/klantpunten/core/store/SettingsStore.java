package nl.klantpunten.core.store;

import java.time.Instant;
import java.util.Optional;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.settings.ProgramSettings;

/** A program's settings: one versioned item. */
public interface SettingsStore {

  /** The stored settings, or the defaults (version 0) when the program never saved any. */
  ProgramSettings load(ProgramId programId);

  /**
   * Stores {@code next} as version {@code expectedVersion + 1}, only if the stored version is still {@code
   * expectedVersion} (0: nothing stored yet). Empty when another writer got there first; nothing is written then.
   */
  Optional<ProgramSettings> replace(ProgramId programId, ProgramSettings next, long expectedVersion, String actor,
      Instant at);
}
