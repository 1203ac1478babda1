package nl.klantpunten.functions.gifts;

import nl.klantpunten.aws.ops.StructuredLog;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.Env;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.core.gift.GiftFanOut;
import nl.klantpunten.sqs.SqsGiftFanOut;
import nl.klantpunten.sqs.SqsQueues;

/**
 * Lambda: the hourly gift run (an EventBridge schedule). Walks every due plan's segment in batches and hands each
 * batch to the fan-out: deployed, {@code GIFT_QUEUE_URL} is set (template.yaml) and every batch becomes one SQS
 * message that {@link GiftBatchFunction} gives, many in parallel; without it (tests, a local stack without the
 * queue) the run gives the batches itself ({@link GiveGiftBatch}). Either way it stops a minute before its time is
 * up ({@code context.getRemainingTimeInMillis()}) and the next hourly run resumes where it stopped. Runs never
 * overlap in practice (reserved concurrency 1 in template.yaml), and if they did, the gifts' idempotency keys would
 * still give each customer one gift per period.
 */
public final class GiftRunFunction implements RequestHandler<ScheduledEvent, Map<String, Object>> {
  private final GiveDueGifts run;

  public GiftRunFunction() {
    this(Backend.fromEnvironment(), fanOutFromEnvironment());
  }

  /** The in-run fan-out: the run gives every batch itself. */
  public GiftRunFunction(Backend backend) {
    this(backend, null);
  }

  /** @param fanOut where batches go; null: the run gives them itself */
  public GiftRunFunction(Backend backend, GiftFanOut fanOut) {
    this.run = new GiveDueGifts(backend.stores().gifts(), backend.stores().settings(), backend.stores().segments(),
        fanOut != null ? fanOut : new GiveGiftBatch(backend.stores().ledger()), backend.clock());
  }

  private static GiftFanOut fanOutFromEnvironment() {
    String queueUrl = Env.optional("GIFT_QUEUE_URL", null);
    return queueUrl == null ? null
        : new SqsGiftFanOut(SqsQueues.client(AwsClientConfig.fromEnvironment()), queueUrl);
  }

  private static final StructuredLog LOG = StructuredLog.of(GiftRunFunction.class);

  @Override
  public Map<String, Object> handleRequest(ScheduledEvent event, Context context) {
    GiveDueGifts.Summary summary = run.run(context::getRemainingTimeInMillis);
    LOG.info("gift.run", summary.json());
    return summary.json();
  }
}
