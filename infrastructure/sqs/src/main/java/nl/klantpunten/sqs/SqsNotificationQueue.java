package nl.klantpunten.sqs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.klantpunten.core.notification.Notification;
import nl.klantpunten.core.notification.NotificationQueue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * The notification queue on SQS. Messages go out with SendMessageBatch, ten at a time (the SQS limit), in order;
 * the first entry SQS did not accept ends the sending, and its index is returned so the caller retries from there.
 * A standard queue: duplicates are possible and are absorbed by the notifier's sent marker.
 */
public final class SqsNotificationQueue implements NotificationQueue {
  static final int MAX_BATCH = 10;
  private final SqsClient sqs;
  private final String queueUrl;

  public SqsNotificationQueue(SqsClient sqs, String queueUrl) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
  }

  @Override
  public int send(List<Notification> notifications) {
    for (int from = 0; from < notifications.size(); from += MAX_BATCH) {
      List<Notification> batch = notifications.subList(from, Math.min(from + MAX_BATCH, notifications.size()));
      List<SendMessageBatchRequestEntry> entries = new ArrayList<>(batch.size());
      for (int i = 0; i < batch.size(); i++) {
        entries.add(SendMessageBatchRequestEntry.builder()
            .id(Integer.toString(i))
            .messageBody(NotificationMessages.encode(batch.get(i)))
            .build());
      }
      SendMessageBatchResponse response = sqs.sendMessageBatch(b -> b.queueUrl(queueUrl).entries(entries));
      int firstFailed = firstFailed(response, batch.size());
      if (firstFailed < batch.size()) {
        return from + firstFailed;
      }
    }
    return notifications.size();
  }

  private static int firstFailed(SendMessageBatchResponse response, int size) {
    if (!response.hasFailed() || response.failed().isEmpty()) {
      return size;
    }
    Set<Integer> failed = new HashSet<>();
    for (BatchResultErrorEntry error : response.failed()) {
      failed.add(Integer.parseInt(error.id()));
    }
    for (int i = 0; i < size; i++) {
      if (failed.contains(i)) {
        return i;
      }
    }
    return size;
  }
}
