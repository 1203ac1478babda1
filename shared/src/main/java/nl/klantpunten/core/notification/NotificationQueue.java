package nl.klantpunten.core.notification;

import java.util.List;

/**
 * Where committed notifications wait for the notifier (SQS in AWS and locally). Sending is at least once: the
 * relay sends again after a failure, and the notifier's sent marker absorbs the duplicates.
 */
public interface NotificationQueue {

  /**
   * Sends the notifications in order. Returns the index of the first one that was NOT accepted (so that one and
   * everything after it must be sent again), or {@code notifications.size()} when all were accepted.
   */
  int send(List<Notification> notifications);
}
