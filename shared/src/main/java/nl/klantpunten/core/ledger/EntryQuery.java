package nl.klantpunten.core.ledger;

import java.time.Instant;
import nl.klantpunten.core.error.Violations;

/**
 * Which entries of one customer to list, newest first. The date range is bounded to years 1970-9999 because entry
 * ids carry their creation time in 48 bits of milliseconds since 1970: outside that range no entry can exist and the
 * range bound could not be expressed as an id.
 */
public record EntryQuery(int limit, String cursor, Reason reason, Instant from, Instant to, boolean includeDeleted) {
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;
  public static final Instant EARLIEST = Instant.EPOCH;
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

  public EntryQuery {
    Violations v = new Violations();
    if (limit < 1 || limit > MAX_LIMIT) {
      v.add("limit", "range", "must be between 1 and " + MAX_LIMIT);
    }
    checkRange(v, "from", from);
    checkRange(v, "to", to);
    if (from != null && to != null && from.isAfter(to)) {
      v.add("from", "order", "must not be after 'to'");
    }
    v.throwIfAny();
  }

  private static void checkRange(Violations v, String field, Instant value) {
    if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
      v.add(field, "range", "must be between " + EARLIEST + " and " + LATEST);
    }
  }
}
