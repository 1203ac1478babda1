package nl.klantpunten.core.badge;

import java.time.Clock;
import java.util.Optional;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.ContentionException;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.BadgeStateStore;

/**
 * Use case: re-evaluate one customer's badges for a balance version seen on the stream. Reads the stored state,
 * evaluates (pure), and writes the result conditionally; when another evaluation wrote in between, reads again and
 * redoes it, so a late or repeated event can only ever be recognised as stale, never overwrite a newer result.
 */
public final class EvaluateBadges {
  private static final int MAX_ATTEMPTS = 5;
  private final BadgeStateStore states;
  private final Clock clock;

  public EvaluateBadges(BadgeStateStore states, Clock clock) {
    this.states = states;
    this.clock = clock;
  }

  /** What became of one evaluation. */
  public enum Result { APPLIED, STALE }

  public Result evaluate(ProgramId program, CustomerId customer, BadgeEvaluation.Seen seen, BadgeMeasure measure,
      Catalog catalog) {
    return evaluate(program, customer, seen, measure, catalog, true);
  }

  /** As above; {@code announceBadges} false: no badge email (the program hides badges from customers). */
  public Result evaluate(ProgramId program, CustomerId customer, BadgeEvaluation.Seen seen, BadgeMeasure measure,
      Catalog catalog, boolean announceBadges) {
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      Optional<BadgeState> current = states.find(program, customer);
      Optional<BadgeEvaluation.Outcome> outcome =
          BadgeEvaluation.evaluate(current.orElse(null), seen, measure, catalog, clock.instant(),
              announceBadges);
      if (outcome.isEmpty()) {
        return Result.STALE;
      }
      if (states.record(program, customer, current.map(BadgeState::seenVersion).orElse(null), outcome.get())) {
        return Result.APPLIED;
      }
    }
    throw new ContentionException("badge state of " + customer + " kept changing; the stream retries", null);
  }
}
