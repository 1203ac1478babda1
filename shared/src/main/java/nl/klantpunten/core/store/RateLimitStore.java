package nl.klantpunten.core.store;

import nl.klantpunten.core.card.ThrottleWindow;
import nl.klantpunten.core.program.ProgramId;

/** Counters for per-program limits. */
public interface RateLimitStore {

  /** Counts one use of {@code purpose} in the window; false, and nothing counted, when {@code limit} is reached. */
  boolean tryAcquire(ProgramId program, String purpose, ThrottleWindow window, int limit);
}
