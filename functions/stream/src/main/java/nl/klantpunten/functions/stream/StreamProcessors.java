package nl.klantpunten.functions.stream;

import java.util.List;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.Env;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.core.badge.EvaluateBadges;
import nl.klantpunten.core.notification.NotificationQueue;
import nl.klantpunten.core.settings.SettingsCache;
import nl.klantpunten.sqs.SqsNotificationQueue;
import nl.klantpunten.sqs.SqsQueues;

/** The processors the deployed stream function runs, built once per container. */
public final class StreamProcessors {
  private StreamProcessors() {}

  static List<ChangeProcessor> fromEnvironment() {
    NotificationQueue notifications = new SqsNotificationQueue(
        SqsQueues.client(AwsClientConfig.fromEnvironment()), Env.require("QUEUE_URL"));
    return of(Backend.fromEnvironment(), notifications);
  }

  /** Every processor of the product, in the order they run. Issues add theirs here. */
  public static List<ChangeProcessor> of(Backend backend, NotificationQueue notifications) {
    SettingsCache settings = new SettingsCache(backend.stores().programs(), backend.stores().settings(),
        backend.clock());
    return List.of(
        new BadgeEvaluationProcessor(backend.stores().badges(), backend.stores().settings(),
            new EvaluateBadges(backend.stores().badgeStates(), backend.clock())),
        new ReportAggregator(backend.stores().reports(), settings),
        new BalanceReminders(settings, backend.stores().outbox(), backend.clock()),
        new OutboxRelay(notifications));
  }
}
