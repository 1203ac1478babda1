package nl.klantpunten.functions.notifier;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.SqsBatch;
import nl.klantpunten.api.Env;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.aws.ops.Metrics;
import nl.klantpunten.core.notification.DeliverNotification;
import nl.klantpunten.core.notification.EmailSender;
import nl.klantpunten.core.notification.Notification;
import nl.klantpunten.dynamodb.DynamoStores;
import nl.klantpunten.ses.SesEmailSender;
import nl.klantpunten.sqs.NotificationMessages;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * Lambda: reads notification messages from the queue and sends each as one email (SES v2). Thin: decode the
 * message, {@link DeliverNotification}, report. Each message that fails is reported alone in {@code
 * batchItemFailures} (ReportBatchItemFailures), so SQS retries only it; after the queue's maxReceiveCount it goes
 * to the dead-letter queue. A message that is not a notification fails every time and so ends there too.
 */
public final class NotifierFunction implements RequestHandler<SQSEvent, SQSBatchResponse> {
  private final DeliverNotification deliver;

  public NotifierFunction() {
    this(Backend.fromEnvironment(),
        new SesEmailSender(AwsClientConfig.fromEnvironment().build(SesV2Client.builder())),
        Env.require("SENDER_ADDRESS"));
  }

  public NotifierFunction(Backend backend, EmailSender email, String defaultSender) {
    DynamoStores s = backend.stores();
    this.deliver = new DeliverNotification(s.programs(), s.settings(), s.customers(), s.ledger(), s.templates(),
        s.notificationLog(), email, backend.clock(), defaultSender);
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return handle(event, context == null ? null : context.getAwsRequestId());
  }

  public SQSBatchResponse handle(SQSEvent event) {
    return handle(event, null);
  }

  private SQSBatchResponse handle(SQSEvent event, String awsRequestId) {
    Map<String, Map<String, Long>> byProgram = new LinkedHashMap<>();
    SQSBatchResponse response = SqsBatch.process(event, awsRequestId, message -> {
      Notification notification = NotificationMessages.decode(message.getBody());
      DeliverNotification.Outcome outcome = deliver.deliver(notification);
      String metric = switch (outcome.status()) {
        case "SENT" -> Metrics.NOTIFICATIONS_SENT;
        case "SKIPPED" -> Metrics.NOTIFICATIONS_SKIPPED;
        default -> null; // a duplicate was counted when it was first sent or skipped
      };
      if (metric != null) {
        byProgram.computeIfAbsent(notification.programId().value(), p -> new LinkedHashMap<>())
            .merge(metric, 1L, Long::sum);
      }
      // the SES message id or the reason for a skip; never the address
      return new SqsBatch.Handled(notification.programId().value(), outcome.status().toLowerCase(Locale.ROOT),
          Map.of("notificationId", notification.notificationId(), "type", notification.type().name(),
              "detail", String.valueOf(outcome.detail())));
    });
    byProgram.forEach(Metrics::counts);
    // a failed message may not even name its program
    Metrics.count(null, Metrics.NOTIFICATIONS_FAILED, response.getBatchItemFailures().size());
    return response;
  }
}
