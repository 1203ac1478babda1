package nl.klantpunten.core.card;

import java.time.Clock;
import nl.klantpunten.core.customer.Customer;
import nl.klantpunten.core.error.ConflictException;
import nl.klantpunten.core.error.ContentionException;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.CardStore;

/**
 * Keeps a customer's card record in step with the card code on the profile. A customer created through
 * {@code PUT /v1/customers} with a card code has no card record yet, and a code changed there leaves an old one: in
 * both cases the card is (re)issued today with the program's validity. Races end in one stored card because both
 * writes are conditional.
 */
public final class CardIssuer {
  private final CardStore cards;
  private final Clock clock;

  public CardIssuer(CardStore cards, Clock clock) {
    this.cards = cards;
    this.clock = clock;
  }

  /** The customer's current card; 409 NO_CARD_CODE when the profile has no card code. */
  public Card currentCard(ProgramId program, CardProgram cardProgram, Customer customer) {
    if (customer.cardCode() == null) {
      throw new ConflictException("NO_CARD_CODE", "customerId",
          "customer " + customer.id().value() + " has no card code");
    }
    for (int attempt = 0; attempt < 3; attempt++) {
      var stored = cards.find(program, customer.id());
      if (stored.isPresent() && stored.get().cardCode().equals(customer.cardCode())) {
        return stored.get();
      }
      Card fresh = Card.issue(customer.id(), customer.cardCode(), cardProgram, clock.instant());
      if (stored.isEmpty()) {
        Card claimed = cards.claim(program, fresh);
        if (claimed.cardCode().equals(customer.cardCode())) {
          return claimed;
        }
      } else if (cards.replace(program, stored.get().cardCode(), fresh)) {
        return fresh;
      }
      // another request changed the card at the same moment: look again
    }
    throw new ContentionException("the card changed while issuing it; retry", null);
  }
}
