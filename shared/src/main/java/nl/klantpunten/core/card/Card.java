package nl.klantpunten.core.card;

import java.time.Instant;
import java.time.LocalDate;
import nl.klantpunten.core.customer.CustomerId;

/**
 * A customer's loyalty card: its code and the dates printed on it. The customer's profile carries the same code (and
 * the program-wide code claim makes it unique); this record adds what the profile does not have: issue and expiry.
 */
public record Card(CustomerId customerId, String cardCode, LocalDate issuedOn, LocalDate expiresOn, Instant issuedAt) {

  /** A card issued now, in the program's time zone, valid for the program's months. */
  public static Card issue(CustomerId customerId, String cardCode, CardProgram program, Instant now) {
    LocalDate today = now.atZone(program.settings().timeZone()).toLocalDate();
    return new Card(customerId, cardCode, today, program.settings().validity().expiresOn(today), now);
  }

  /** The same card under another code, e.g. after the first code turned out to be taken. */
  public Card withCode(String newCode) {
    return new Card(customerId, newCode, issuedOn, expiresOn, issuedAt);
  }

  /** True from the expiry date on, in the program's time zone. */
  public boolean expiredOn(LocalDate today) {
    return !today.isBefore(expiresOn);
  }
}
