package nl.klantpunten.functions.panel;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.core.card.Card;
import nl.klantpunten.core.customer.Customer;
import nl.klantpunten.core.ledger.Balance;
import nl.klantpunten.core.ledger.LedgerEntry;

/** JSON shapes of the panel: a customer with contact data and balance, an entry with its customer. */
final class PanelRepresentations {
  private PanelRepresentations() {}

  static Map<String, Object> cardHolder(Customer c, Balance balance) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("customerId", c.id().value());
    m.put("name", c.name());
    m.put("email", c.email());
    m.put("cardCode", c.cardCode());
    m.put("balance", balance == null ? 0 : balance.points());
    m.put("lifetimeEarned", balance == null ? 0 : balance.lifetimeEarned());
    m.put("createdAt", c.createdAt().toString());
    return m;
  }

  static Map<String, Object> card(Card card, boolean expired) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cardCode", card.cardCode());
    m.put("issuedOn", card.issuedOn().toString());
    m.put("expiresOn", card.expiresOn().toString());
    m.put("expired", expired);
    return m;
  }

  static Map<String, Object> entry(LedgerEntry e, Customer customer) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("customerId", e.customerId().value());
    m.put("customerName", customer == null ? null : customer.name());
    m.put("cardCode", customer == null ? null : customer.cardCode());
    m.put("points", e.points());
    m.put("kind", e.kind().wireName());
    m.put("reason", e.reason().wireName());
    m.put("note", e.note());
    m.put("createdBy", e.actor());
    m.put("createdAt", e.createdAt().toString());
    return m;
  }
}
