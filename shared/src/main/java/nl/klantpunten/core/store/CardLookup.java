package nl.klantpunten.core.store;

import java.util.Optional;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramId;

/** Finds the customer holding a loyalty card: one read of the card's claim item. */
public interface CardLookup {
  Optional<CustomerId> customerWithCard(ProgramId programId, String cardCode);
}
