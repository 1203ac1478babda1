package nl.klantpunten.aws.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Business metrics as CloudWatch Embedded Metric Format: one JSON document per call, written to standard output
 * beside the logs; CloudWatch turns its values into metrics of namespace {@value #NAMESPACE} with the one dimension
 * {@code Stage}. The program id rides along as a plain property (searchable in Logs Insights), never as a
 * dimension, so the number of metrics, and the bill, does not grow with the number of tenants.
 */
public final class Metrics {
  public static final String NAMESPACE = "Klantpunten";
  static final String LOGGER_NAME = StructuredLog.ROOT + ".metrics";
  private static final Logger LOGGER = Logger.getLogger(LOGGER_NAME);

  /** Names of the counts this product emits (the dashboard in template.yaml charts them). */
  public static final String POINTS_EARNED = "PointsEarned";
  public static final String POINTS_SPENT = "PointsSpent";
  public static final String POINTS_REVERSED = "PointsReversed";
  public static final String WEBHOOK_EARNED = "WebhookEarned";
  public static final String WEBHOOK_UNCHANGED = "WebhookUnchanged";
  public static final String WEBHOOK_REFUSED_SIGNATURE = "WebhookRefusedSignature";
  public static final String CONTENTION_RETRIES = "ContentionRetries";
  public static final String NOTIFICATIONS_SENT = "NotificationsSent";
  public static final String NOTIFICATIONS_SKIPPED = "NotificationsSkipped";
  public static final String NOTIFICATIONS_FAILED = "NotificationsFailed";

  private Metrics() {}

  /** Emits each count (zero counts left out; nothing at all when every count is zero) for one program, or none. */
  public static void counts(String programId, Map<String, Long> counts) {
    Map<String, Long> nonZero = new LinkedHashMap<>();
    counts.forEach((name, value) -> {
      if (value != null && value != 0) {
        nonZero.put(name, value);
      }
    });
    if (nonZero.isEmpty() || !StructuredLog.root().isLoggable(Level.INFO)) {
      return;
    }
    List<Map<String, Object>> definitions = new ArrayList<>();
    nonZero.keySet().forEach(name -> definitions.add(Map.of("Name", name, "Unit", "Count")));
    StringBuilder aws = new StringBuilder("{\"Timestamp\":").append(System.currentTimeMillis())
        .append(",\"CloudWatchMetrics\":[{\"Namespace\":\"").append(NAMESPACE)
        .append("\",\"Dimensions\":[[\"Stage\"]],\"Metrics\":[");
    for (int i = 0; i < definitions.size(); i++) {
      aws.append(i == 0 ? "" : ",").append("{\"Name\":");
      JsonLine.string(aws, String.valueOf(definitions.get(i).get("Name")));
      aws.append(",\"Unit\":\"Count\"}");
    }
    aws.append("]}]}");
    StringBuilder line = new StringBuilder("{\"_aws\":").append(aws).append(",\"Stage\":");
    JsonLine.string(line, stage());
    if (programId != null) {
      line.append(",\"programId\":");
      JsonLine.string(line, programId);
    }
    nonZero.forEach((name, value) -> {
      line.append(',');
      JsonLine.string(line, name);
      line.append(':').append(value);
    });
    LogRecord record = new LogRecord(Level.INFO, line.append('}').toString());
    record.setLoggerName(LOGGER_NAME);
    LOGGER.log(record);
  }

  public static void count(String programId, String name, long value) {
    counts(programId, Map.of(name, value));
  }

  private static String stage() {
    String stage = System.getenv("STAGE");
    return stage == null || stage.isBlank() ? "local" : stage;
  }
}
