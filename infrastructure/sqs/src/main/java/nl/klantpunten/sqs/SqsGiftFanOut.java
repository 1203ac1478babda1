package nl.klantpunten.sqs;

import nl.klantpunten.core.gift.GiftBatch;
import nl.klantpunten.core.gift.GiftFanOut;
import nl.klantpunten.core.gift.QueuedGiftBatch;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The gift run's fan-out over SQS: each batch (one segment page of customers still to get a plan's gift for a period)
 * becomes ONE message on the gift batch queue, sent with SendMessage before the run saves its place, so a run cut
 * off between the two sends the page again on the next run and nothing is lost. The consumer gives each customer
 * with the gift's idempotency key, which absorbs such repeats and SQS's own redeliveries (a standard queue).
 * Returns 0: nothing is given by the run itself.
 */
public final class SqsGiftFanOut implements GiftFanOut {
  private final SqsClient sqs;
  private final String queueUrl;

  public SqsGiftFanOut(SqsClient sqs, String queueUrl) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
  }

  @Override
  public int send(GiftBatch batch) {
    String body = GiftBatchMessages.encode(QueuedGiftBatch.of(batch));
    sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(body));
    return 0;
  }
}
