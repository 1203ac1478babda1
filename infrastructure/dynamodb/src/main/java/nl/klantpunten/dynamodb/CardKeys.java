package nl.klantpunten.dynamodb;

import nl.klantpunten.core.card.Slug;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramId;

/**
 * Keys of the loyalty-card items (see docs/cards.md; they follow {@link Keys}: every tenant key starts with
 * {@code P#<programId>}). The one exception is the slug claim, which must be found from the public slug alone; it
 * holds nothing but the program id the slug points to.
 */
final class CardKeys {
  static final String CARD_PROGRAM_SK = "CARDPROGRAM";
  static final String SLUG_SK = "SLUG";
  static final String CUSTOMER_CARD_SK = "CARD";
  static final String RATE_SK = "RATE";

  private CardKeys() {}

  /** {@code SLUG#<slug> / SLUG} → programId: unique across programs by a conditional put. */
  static String slug(Slug slug) {
    return "SLUG#" + slug.value();
  }

  /** {@code P#<p>#C#<c> / CARD}: the customer's card (code, issue and expiry date), next to profile and balance. */
  static String customerCard(ProgramId program, CustomerId customer) {
    return Keys.customer(program, customer);
  }

  /** {@code P#<p>#RATE#<purpose>#<window> / RATE}: one counter per program, purpose and minute; expires by TTL. */
  static String rate(ProgramId program, String purpose, String window) {
    return Keys.program(program) + "#RATE#" + purpose + "#" + window;
  }
}
