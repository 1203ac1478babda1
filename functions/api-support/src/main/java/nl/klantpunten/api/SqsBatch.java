package nl.klantpunten.api;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.klantpunten.aws.ops.StructuredLog;

/**
 * An SQS-triggered function's batch loop with partial batch responses (ReportBatchItemFailures): each message is
 * handled on its own, and only the ones that threw are reported back, so one bad message never resends the others.
 * Each message is logged as one structured event (message id, program, outcome, duration; a failure with its stack
 * trace), so the consumers themselves log nothing.
 */
public final class SqsBatch {
  private static final StructuredLog LOG = StructuredLog.of(SqsBatch.class);

  private SqsBatch() {}

  /** How one message ended, for the log: the program it belonged to, an outcome word and a few safe details. */
  public record Handled(String programId, String outcome, Map<String, ?> details) {}

  public static SQSBatchResponse process(SQSEvent event, String awsRequestId, Function<SQSEvent.SQSMessage, Handled> each) {
    List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
    if (event != null && event.getRecords() != null) {
      for (SQSEvent.SQSMessage message : event.getRecords()) {
        long started = System.nanoTime();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("messageId", message.getMessageId());
        fields.put("awsRequestId", awsRequestId);
        try {
          Handled handled = each.apply(message);
          fields.put("programId", handled.programId());
          fields.put("outcome", handled.outcome());
          fields.putAll(handled.details());
          fields.put("durationMs", (System.nanoTime() - started) / 1_000_000);
          LOG.info("message", fields);
        } catch (RuntimeException e) {
          fields.put("outcome", "failed");
          fields.put("durationMs", (System.nanoTime() - started) / 1_000_000);
          LOG.error("message", fields, e);
          failures.add(SQSBatchResponse.BatchItemFailure.builder()
              .withItemIdentifier(message.getMessageId()).build());
        }
      }
    }
    return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
  }
}
