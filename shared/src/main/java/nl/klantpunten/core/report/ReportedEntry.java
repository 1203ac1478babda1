package nl.klantpunten.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.Reason;

/**
 * One ledger event as the report counts it: a new entry ({@code reversal} false) or the deletion of one ({@code
 * reversal} true, which takes the entry back out of the day it was made in, so a day's totals always equal its
 * visible entries). The pair (entryId, reversal) identifies it, so a redelivered stream record counts once.
 */
public record ReportedEntry(String entryId, CustomerId customerId, long points, Reason reason, Instant createdAt,
    boolean reversal) {

  public ReportedEntry {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The calendar day of the entry in the program's time zone: the day whose totals it belongs to. */
  public LocalDate day(ZoneId zone) {
    return LocalDate.ofInstant(createdAt, zone);
  }

  /** +1 for a new entry, -1 for a deletion. */
  public int sign() {
    return reversal ? -1 : 1;
  }
}
