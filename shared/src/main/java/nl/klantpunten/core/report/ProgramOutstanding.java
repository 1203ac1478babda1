package nl.klantpunten.core.report;

import java.time.Instant;

/**
 * The points all customers of a program hold together (sum of every day's earned − spent), kept as its own running
 * total by the aggregator, and when the aggregator last added to it: the report's freshness.
 */
public record ProgramOutstanding(long points, long entries, Instant aggregatedAt) {
  public static final ProgramOutstanding NONE = new ProgramOutstanding(0, 0, null);
}
