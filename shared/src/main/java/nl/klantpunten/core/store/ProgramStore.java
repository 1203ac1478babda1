package nl.klantpunten.core.store;

import java.util.Optional;
import nl.klantpunten.core.program.Program;
import nl.klantpunten.core.program.ProgramId;

/** Programs (tenants). */
public interface ProgramStore {
  void create(Program program);

  Optional<Program> find(ProgramId id);
}
