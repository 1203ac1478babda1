package nl.klantpunten.core.store;

import java.util.Optional;
import nl.klantpunten.core.badge.BadgeEvaluation;
import nl.klantpunten.core.badge.BadgeState;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramId;

/** Each customer's evaluated badges. */
public interface BadgeStateStore {

  /** The stored state (read consistently), empty before the first evaluation. */
  Optional<BadgeState> find(ProgramId program, CustomerId customer);

  /**
   * Stores {@code outcome.next()} together with the badge holder rows it changes and its outbox messages, in ONE
   * transaction, only if the stored state is still the one read ({@code expectedSeenVersion}, null: none stored)
   * and older than the new one. False, with nothing written, when another evaluation got there first.
   */
  boolean record(ProgramId program, CustomerId customer, Long expectedSeenVersion, BadgeEvaluation.Outcome outcome);
}
