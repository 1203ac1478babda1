package nl.klantpunten.local;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.klantpunten.api.Backend;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.core.gift.GiftFanOut;
import nl.klantpunten.emulators.Emulators;
import nl.klantpunten.emulators.SqsEventSource;
import nl.klantpunten.functions.gifts.GiftBatchFunction;
import nl.klantpunten.sqs.SqsGiftFanOut;
import nl.klantpunten.sqs.SqsQueues;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The gift fan-out of the local stack, wired as in AWS: the gift run ({@link LocalGiftSchedule}) sends each batch to
 * an SQS queue with a dead-letter queue (ElasticMQ), which feeds the deployed {@link GiftBatchFunction} through an
 * {@link SqsEventSource}, as Lambda's SQS trigger does. A background thread polls the queue twice a second;
 * {@link #drain()} delivers everything waiting at once (tests).
 */
final class LocalGiftBatches implements AutoCloseable {
  static final String QUEUE = "klantpunten-gift-batches";
  private final SqsClient sqs;
  private final SqsQueues.Urls queue;
  private final SqsEventSource source;
  private final ScheduledExecutorService poller;

  private LocalGiftBatches(SqsClient sqs, SqsQueues.Urls queue, SqsEventSource source,
      ScheduledExecutorService poller) {
    this.sqs = sqs;
    this.queue = queue;
    this.source = source;
    this.poller = poller;
  }

  /** The queue and its consumer, without the polling thread: {@link #drain()} delivers. */
  static LocalGiftBatches manual(Emulators emulators, Backend backend, String queueName) {
    SqsClient sqs = SqsQueues.client(AwsClientConfig.local(emulators.sqsEndpoint()));
    SqsQueues.Urls queue = SqsQueues.createWithDeadLetterQueue(sqs, queueName);
    GiftBatchFunction consumer = new GiftBatchFunction(backend);
    return new LocalGiftBatches(sqs, queue, new SqsEventSource(sqs, queue.queueUrl(), consumer::handle, 10), null);
  }

  static LocalGiftBatches start(Emulators emulators, Backend backend) {
    LocalGiftBatches manual = manual(emulators, backend, QUEUE);
    ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "local-gift-batches");
      thread.setDaemon(true);
      return thread;
    });
    poller.scheduleWithFixedDelay(() -> {
      try {
        manual.source.pollOnce();
      } catch (RuntimeException e) {
        System.err.println("local gift batches: " + e);
      }
    }, 0, 500, TimeUnit.MILLISECONDS);
    return new LocalGiftBatches(manual.sqs, manual.queue, manual.source, poller);
  }

  /** Where the gift run sends its batches. */
  GiftFanOut fanOut() {
    return new SqsGiftFanOut(sqs, queue.queueUrl());
  }

  /** Delivers every waiting batch now; returns how many messages were delivered. */
  int drain() {
    return source.drain();
  }

  String deadLetterQueueUrl() {
    return queue.deadLetterQueueUrl();
  }

  @Override
  public void close() {
    if (poller != null) {
      // let a running poll finish: an interrupted one leaves a half-done request on ElasticMQ's side
      poller.shutdown();
      try {
        if (!poller.awaitTermination(10, TimeUnit.SECONDS)) {
          poller.shutdownNow();
        }
      } catch (InterruptedException e) {
        poller.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
    sqs.close();
  }
}
