package nl.klantpunten.core.store;

import java.util.Optional;
import nl.klantpunten.core.card.Card;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramId;

/** The loyalty card of each customer: code, issue and expiry date. One per customer. */
public interface CardStore {

  /** Stores {@code card} unless the customer has one already; returns the stored card either way. */
  Card claim(ProgramId program, Card card);

  Optional<Card> find(ProgramId program, CustomerId customer);

  /** Replaces the customer's card if it still has {@code expectedCode}; false (nothing written) otherwise. */
  boolean replace(ProgramId program, String expectedCode, Card next);
}
