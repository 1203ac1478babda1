package nl.klantpunten.core.ledger;

import java.time.Instant;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.Violations;

/**
 * Which entries of a whole program to list, newest first: optionally one customer's, one reason's, a time range
 * (bounded like {@link EntryQuery}: entry ids carry their time from 1970 on), and the points of an entry between
 * {@code minPoints} and {@code maxPoints} (signed, inclusive; either may be null).
 */
public record ProgramEntryQuery(int limit, String cursor, CustomerId customer, Reason reason, Instant from, Instant to,
    Long minPoints, Long maxPoints) {
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  public ProgramEntryQuery {
    Violations v = new Violations();
    if (limit < 1 || limit > MAX_LIMIT) {
      v.add("limit", "range", "must be between 1 and " + MAX_LIMIT);
    }
    checkRange(v, "from", from);
    checkRange(v, "to", to);
    if (from != null && to != null && from.isAfter(to)) {
      v.add("from", "order", "must not be after 'to'");
    }
    if (minPoints != null && maxPoints != null && minPoints > maxPoints) {
      v.add("minPoints", "order", "must not be more than 'maxPoints'");
    }
    v.throwIfAny();
  }

  /** The same filters from another page on. */
  public ProgramEntryQuery withCursor(String nextCursor) {
    return new ProgramEntryQuery(limit, nextCursor, customer, reason, from, to, minPoints, maxPoints);
  }

  /** Without a points range (the vendor panel's filters). */
  public ProgramEntryQuery(int limit, String cursor, CustomerId customer, Reason reason, Instant from, Instant to) {
    this(limit, cursor, customer, reason, from, to, null, null);
  }

  private static void checkRange(Violations v, String field, Instant value) {
    if (value != null && (value.isBefore(EntryQuery.EARLIEST) || value.isAfter(EntryQuery.LATEST))) {
      v.add(field, "range", "must be between " + EntryQuery.EARLIEST + " and " + EntryQuery.LATEST);
    }
  }
}
