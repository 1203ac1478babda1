package nl.klantpunten.emulators;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Does locally what Lambda's SQS event source mapping does: receives up to {@code batchSize} messages, hands them
 * to the handler as an {@link SQSEvent}, deletes the ones the handler did not report in {@code batchItemFailures}
 * (ReportBatchItemFailures) and makes the reported ones visible again at once, so the queue's redrive policy moves
 * a message that keeps failing to the dead-letter queue after {@code maxReceiveCount} receives. A handler that
 * throws fails the whole batch, as in Lambda. {@link #drain()} runs until the queue has nothing visible.
 */
public final class SqsEventSource {
  /** Stops a drain that would otherwise never end (a queue without redrive and a message that always fails). */
  public static final int MAX_ROUNDS = 200;
  private final SqsClient sqs;
  private final String queueUrl;
  private final String queueArn;
  private final Function<SQSEvent, SQSBatchResponse> handler;
  private final int batchSize;

  public SqsEventSource(SqsClient sqs, String queueUrl, Function<SQSEvent, SQSBatchResponse> handler,
      int batchSize) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
    this.handler = handler;
    this.batchSize = batchSize;
    this.queueArn = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNamesWithStrings("QueueArn"))
        .attributesAsStrings().get("QueueArn");
  }

  /** Delivers until a receive finds nothing; returns how many deliveries (receives) were made. */
  public synchronized int drain() {
    int delivered = 0;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      int got = pollOnce();
      if (got == 0) {
        return delivered;
      }
      delivered += got;
    }
    throw new IllegalStateException("the queue did not drain in " + MAX_ROUNDS + " rounds");
  }

  /** One receive and its delivery; returns the number of messages delivered. */
  public synchronized int pollOnce() {
    List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(batchSize)
        .waitTimeSeconds(0).visibilityTimeout(30)
        .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
    if (messages.isEmpty()) {
      return 0;
    }
    Set<String> failed = new HashSet<>();
    try {
      SQSBatchResponse response = handler.apply(event(messages));
      if (response != null && response.getBatchItemFailures() != null) {
        response.getBatchItemFailures().forEach(f -> failed.add(f.getItemIdentifier()));
      }
    } catch (RuntimeException e) {
      messages.forEach(m -> failed.add(m.messageId()));
    }
    List<DeleteMessageBatchRequestEntry> done = new ArrayList<>();
    for (Message m : messages) {
      if (failed.contains(m.messageId())) {
        sqs.changeMessageVisibility(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle()).visibilityTimeout(0));
      } else {
        done.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(done.size()))
            .receiptHandle(m.receiptHandle()).build());
      }
    }
    if (!done.isEmpty()) {
      sqs.deleteMessageBatch(b -> b.queueUrl(queueUrl).entries(done));
    }
    return messages.size();
  }

  private SQSEvent event(List<Message> messages) {
    List<SQSEvent.SQSMessage> records = new ArrayList<>();
    for (Message m : messages) {
      SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
      record.setMessageId(m.messageId());
      record.setReceiptHandle(m.receiptHandle());
      record.setBody(m.body());
      record.setMd5OfBody(m.md5OfBody());
      record.setEventSource("aws:sqs");
      record.setEventSourceArn(queueArn);
      record.setAwsRegion("us-east-1");
      record.setAttributes(Map.copyOf(m.attributesAsStrings()));
      records.add(record);
    }
    SQSEvent event = new SQSEvent();
    event.setRecords(records);
    return event;
  }
}
