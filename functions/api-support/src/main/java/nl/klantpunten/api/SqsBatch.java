package nl.klantpunten.api;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * An SQS-triggered function's batch loop with partial batch responses (ReportBatchItemFailures): each message is
 * handled on its own, and only the ones that threw are reported back, so one bad message never resends the others.
 */
public final class SqsBatch {
  private SqsBatch() {}

  public static SQSBatchResponse process(SQSEvent event, Consumer<SQSEvent.SQSMessage> each,
      BiConsumer<SQSEvent.SQSMessage, RuntimeException> failed) {
    List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
    if (event != null && event.getRecords() != null) {
      for (SQSEvent.SQSMessage message : event.getRecords()) {
        try {
          each.accept(message);
        } catch (RuntimeException e) {
          failed.accept(message, e);
          failures.add(SQSBatchResponse.BatchItemFailure.builder()
              .withItemIdentifier(message.getMessageId()).build());
        }
      }
    }
    return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
  }
}
