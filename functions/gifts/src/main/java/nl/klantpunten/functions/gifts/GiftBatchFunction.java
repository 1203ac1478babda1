package nl.klantpunten.functions.gifts;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.Locale;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.SqsBatch;
import nl.klantpunten.core.gift.QueuedGiftBatch;
import nl.klantpunten.sqs.GiftBatchMessages;

/**
 * Lambda: the consumer of the gift batch queue, the other half of the gift run's SQS fan-out. Thin: decode the
 * message, {@link GiveQueuedGiftBatch}, report. Each customer is one ledger transaction with the gift's idempotency
 * key, so a message delivered twice (SQS is at-least-once; the run may also send a page again after a cut-off)
 * gives nothing twice. A message that fails is reported alone in {@code batchItemFailures}
 * (ReportBatchItemFailures): SQS retries only it, and after the queue's maxReceiveCount it goes to the dead-letter
 * queue; the customers of that batch it did give stay given, the retry skips them by their keys.
 */
public final class GiftBatchFunction implements RequestHandler<SQSEvent, SQSBatchResponse> {
  private final GiveQueuedGiftBatch give;

  public GiftBatchFunction() {
    this(Backend.fromEnvironment());
  }

  public GiftBatchFunction(Backend backend) {
    this.give = new GiveQueuedGiftBatch(backend.stores().gifts(), new GiveGiftBatch(backend.stores().ledger()),
        backend.stores().settings());
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return handle(event, context == null ? null : context.getAwsRequestId());
  }

  public SQSBatchResponse handle(SQSEvent event) {
    return handle(event, null);
  }

  private SQSBatchResponse handle(SQSEvent event, String awsRequestId) {
    return SqsBatch.process(event, awsRequestId, message -> {
      QueuedGiftBatch batch = GiftBatchMessages.decode(message.getBody());
      GiveQueuedGiftBatch.Outcome outcome = give.give(batch);
      return new SqsBatch.Handled(batch.program().value(), outcome.status().toLowerCase(Locale.ROOT),
          Map.of("gift", batch.gift().value() + "#" + batch.period().key(), "given", outcome.given(),
              "customers", batch.customers().size()));
    });
  }
}
