package nl.klantpunten.functions.reports;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.core.money.Money;
import nl.klantpunten.core.report.PointValue;
import nl.klantpunten.core.report.ProgramOutstanding;
import nl.klantpunten.core.report.ReportRange;
import nl.klantpunten.core.report.ReportTotals;
import java.util.Currency;

/**
 * The report's head: range, filters and totals, as JSON fields or as CSV response headers. The totals cover the
 * whole days of the range, for every reason or the one asked for; customer and points filters narrow only the
 * listed entries (the aggregates are per day and reason), which {@code totals.filteredBy} states.
 */
record ReportSummary(ReportRange range, ZoneId zone, GetPointsReport.ReportQuery query, ReportTotals totals,
    ProgramOutstanding outstanding, PointValue rate, Currency currency) {

  Money liability() {
    return rate.valueOf(outstanding.points(), currency);
  }

  Map<String, Object> json() {
    Map<String, Object> filters = new LinkedHashMap<>();
    filters.put("customerId", query.customer() == null ? null : query.customer().value());
    filters.put("reason", query.reason() == null ? null : query.reason().wireName());
    filters.put("minPoints", query.minPoints());
    filters.put("maxPoints", query.maxPoints());

    Map<String, Object> t = new LinkedHashMap<>();
    t.put("entries", totals.tally().entries());
    t.put("earned", totals.tally().earned());
    t.put("spent", totals.tally().spent());
    t.put("net", totals.tally().net());
    t.put("averagePerEntry", totals.averagePerEntry().toPlainString());
    t.put("filteredBy", query.reason() == null ? List.of() : List.of("reason"));
    t.put("outstanding", outstanding.points());
    Money value = liability();
    Map<String, Object> liability = new LinkedHashMap<>();
    liability.put("amount", value.toDecimalString());
    liability.put("currency", currency.getCurrencyCode());
    liability.put("rate", Map.of("points", rate.points(),
        "amount", rate.amount().setScale(Money.minorDigits(currency)).toPlainString(),
        "basis", rate.basis()));
    t.put("liability", liability);
    t.put("aggregatedAt", outstanding.aggregatedAt() == null ? null : outstanding.aggregatedAt().toString());

    Map<String, Object> body = new LinkedHashMap<>();
    body.put("from", range.from().toString());
    body.put("to", range.to().toString());
    body.put("timeZone", zone.getId());
    body.put("filters", filters);
    body.put("totals", t);
    return body;
  }

  /** The totals as response headers, next to a CSV body that holds only entries. */
  Map<String, String> headers() {
    List<String[]> pairs = new ArrayList<>();
    pairs.add(new String[] {"x-report-from", range.from().toString()});
    pairs.add(new String[] {"x-report-to", range.to().toString()});
    pairs.add(new String[] {"x-report-time-zone", zone.getId()});
    pairs.add(new String[] {"x-report-entries", Long.toString(totals.tally().entries())});
    pairs.add(new String[] {"x-report-earned", Long.toString(totals.tally().earned())});
    pairs.add(new String[] {"x-report-spent", Long.toString(totals.tally().spent())});
    pairs.add(new String[] {"x-report-average-per-entry", totals.averagePerEntry().toPlainString()});
    pairs.add(new String[] {"x-report-outstanding", Long.toString(outstanding.points())});
    pairs.add(new String[] {"x-report-liability", liability().toDecimalString() + " " + currency.getCurrencyCode()});
    if (outstanding.aggregatedAt() != null) {
      pairs.add(new String[] {"x-report-aggregated-at", outstanding.aggregatedAt().toString()});
    }
    Map<String, String> headers = new LinkedHashMap<>();
    pairs.forEach(p -> headers.put(p[0], p[1]));
    return headers;
  }
}
