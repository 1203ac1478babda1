package nl.klantpunten.core.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import nl.klantpunten.core.ledger.Reason;

/**
 * The totals of one program on one calendar day (program time zone), overall and per reason. The stream
 * aggregator adds a batch's entries to the stored day; a report adds up days, so a year costs 365 small items.
 */
public record DayTotals(LocalDate day, Tally all, Map<Reason, Tally> byReason) {

  public DayTotals {
    byReason = Map.copyOf(byReason);
  }

  public static DayTotals empty(LocalDate day) {
    return new DayTotals(day, Tally.ZERO, Map.of());
  }

  /** The totals of the given entries, all on {@code day}. */
  public static DayTotals of(LocalDate day, Collection<ReportedEntry> entries) {
    Tally all = Tally.ZERO;
    Map<Reason, Tally> byReason = new EnumMap<>(Reason.class);
    for (ReportedEntry e : entries) {
      Tally one = Tally.of(e);
      all = all.plus(one);
      byReason.merge(e.reason(), one, Tally::plus);
    }
    return new DayTotals(day, all, byReason);
  }

  /** Overall or, with a reason, that reason's tally. */
  public Tally tally(Reason reason) {
    return reason == null ? all : byReason.getOrDefault(reason, Tally.ZERO);
  }
}
