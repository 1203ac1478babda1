package nl.klantpunten.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import nl.klantpunten.core.ledger.Reason;

/**
 * The totals a points report shows for a range of days: entry count, points earned and spent, and the average
 * points per entry (net points / entries, two decimals, half up; 0 without entries).
 */
public record ReportTotals(Tally tally) {

  /** Adds up the stored days, for every reason or only {@code reason}. */
  public static ReportTotals of(List<DayTotals> days, Reason reason) {
    Tally sum = Tally.ZERO;
    for (DayTotals day : days) {
      sum = sum.plus(day.tally(reason));
    }
    return new ReportTotals(sum);
  }

  public BigDecimal averagePerEntry() {
    if (tally.entries() == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return BigDecimal.valueOf(tally.net()).divide(BigDecimal.valueOf(tally.entries()), 2, RoundingMode.HALF_UP);
  }
}
