package nl.klantpunten.functions.stream;

import nl.klantpunten.aws.ops.StructuredLog;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.klantpunten.core.notification.Notification;
import nl.klantpunten.core.notification.NotificationQueue;
import nl.klantpunten.dynamodb.Keys;
import nl.klantpunten.dynamodb.OutboxItems;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The transactional outbox's relay: every outbox item INSERTed into the table ({@code sk = OUTBOX#…}, written in
 * the same transaction as the change that caused it) goes to the notification queue. The item is only ever written
 * when its change committed, and the stream delivers it at least once, so no committed change loses its
 * notification; a redelivery sends it again and the notifier's sent marker makes that harmless.
 *
 * <p>Sending is batched (SendMessageBatch, ten per call). When SQS refuses a message, or the call fails, the
 * stream change of that message is reported as the failure: the stream delivers again from there.
 */
public final class OutboxRelay implements ChangeProcessor {
  private static final StructuredLog LOG = StructuredLog.of(OutboxRelay.class);
  private final NotificationQueue queue;

  public OutboxRelay(NotificationQueue queue) {
    this.queue = queue;
  }

  @Override
  public void process(List<TableChange> changes) {
    List<Notification> notifications = new ArrayList<>();
    List<Integer> changeIndexes = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      TableChange change = changes.get(i);
      if (!change.isInsert() || !OutboxItems.isOutboxKey(sk(change))) {
        continue;
      }
      Optional<Notification> notification = OutboxItems.fromItem(change.newImage());
      if (notification.isEmpty()) {
        // cannot ever be sent: retrying would block the shard behind it
        LOG.warn("outbox.skipped", Map.of("reason", "malformed outbox item", "eventId", change.eventId(),
            "programId", String.valueOf(change.string("programId"))));
        continue;
      }
      notifications.add(notification.get());
      changeIndexes.add(i);
    }
    if (notifications.isEmpty()) {
      return;
    }
    int accepted;
    try {
      accepted = queue.send(notifications);
    } catch (RuntimeException e) {
      throw new FailedChange(changeIndexes.get(0), e);
    }
    if (accepted < notifications.size()) {
      throw new FailedChange(changeIndexes.get(accepted),
          new IllegalStateException("the queue did not accept notification " + notifications.get(accepted)
              .notificationId()));
    }
  }

  private static String sk(TableChange change) {
    AttributeValue sk = change.keys() == null ? null : change.keys().get(Keys.SK);
    return sk == null ? null : sk.s();
  }
}
