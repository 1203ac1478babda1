package nl.klantpunten.functions.stream;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.aws.ops.Metrics;
import nl.klantpunten.core.ledger.Reason;

/**
 * Points earned, spent and reversed, counted from the ledger entries the stream delivers: every balance change of
 * every function passes here once (per processed batch), so no handler has to count. Reversed: a refund, a deleted
 * entry, or points given back (a released reservation). One EMF document per program and batch.
 */
final class LedgerMetrics {
  private LedgerMetrics() {}

  static void emit(List<TableChange> processed) {
    Map<String, long[]> byProgram = new LinkedHashMap<>();
    for (TableChange change : processed) {
      ReportAggregator.reported(change).ifPresent(entry -> {
        long[] totals = byProgram.computeIfAbsent(change.string("programId"), p -> new long[3]);
        long points = entry.points();
        if (entry.reversal()) {
          totals[2] += Math.abs(points);
        } else if (entry.reason() == Reason.REFUND || (entry.reason() == Reason.REDEMPTION && points > 0)) {
          totals[2] += Math.abs(points);
        } else if (points > 0) {
          totals[0] += points;
        } else {
          totals[1] += -points;
        }
      });
    }
    byProgram.forEach((program, totals) -> Metrics.counts(program, Map.of(Metrics.POINTS_EARNED, totals[0],
        Metrics.POINTS_SPENT, totals[1], Metrics.POINTS_REVERSED, totals[2])));
  }
}
