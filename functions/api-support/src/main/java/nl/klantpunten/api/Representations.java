package nl.klantpunten.api;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.core.customer.Customer;
import nl.klantpunten.core.ledger.Balance;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.page.Page;

/** The JSON shapes of the API's resources, shared by every function that returns them. */
public final class Representations {
  private Representations() {}

  public static Map<String, Object> customer(Customer c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("customerId", c.id().value());
    m.put("email", c.email());
    m.put("name", c.name());
    m.put("cardCode", c.cardCode());
    m.put("emailOptIn", c.emailOptIn());
    m.put("createdAt", c.createdAt().toString());
    m.put("updatedAt", c.updatedAt().toString());
    return m;
  }

  public static Map<String, Object> entry(LedgerEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("customerId", e.customerId().value());
    m.put("points", e.points());
    m.put("kind", e.kind().wireName());
    m.put("reason", e.reason().wireName());
    m.put("note", e.note());
    m.put("sourceRef", e.sourceRef());
    m.put("createdBy", e.actor());
    m.put("createdAt", e.createdAt().toString());
    if (e.deleted()) {
      m.put("deletedAt", e.deletedAt().toString());
      m.put("deletedBy", e.deletedBy());
    }
    return m;
  }

  public static Map<String, Object> balance(Balance b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("customerId", b.customerId().value());
    m.put("balance", b.points());
    m.put("lifetimeEarned", b.lifetimeEarned());
    m.put("updatedAt", b.updatedAt().toString());
    return m;
  }

  public static <T> Map<String, Object> page(Page<T> page, java.util.function.Function<T, Object> item) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("items", page.items().stream().map(item).toList());
    m.put("nextCursor", page.nextCursor());
    return m;
  }
}
