package nl.klantpunten.core.ledger;

import java.time.Instant;
import nl.klantpunten.core.error.Violations;

/** Which entries of one customer to list, newest first. */
public record EntryQuery(int limit, String cursor, Reason reason, Instant from, Instant to, boolean includeDeleted) {
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  public EntryQuery {
    Violations v = new Violations();
    if (limit < 1 || limit > MAX_LIMIT) {
      v.add("limit", "range", "must be between 1 and " + MAX_LIMIT);
    }
    if (from != null && to != null && from.isAfter(to)) {
      v.add("from", "order", "must not be after 'to'");
    }
    v.throwIfAny();
  }
}
