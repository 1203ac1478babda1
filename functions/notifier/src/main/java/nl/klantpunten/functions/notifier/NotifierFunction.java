package nl.klantpunten.functions.notifier;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.SqsBatch;
import nl.klantpunten.api.Env;
import nl.klantpunten.aws.AwsClientConfig;
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
    return handle(event);
  }

  public SQSBatchResponse handle(SQSEvent event) {
    return SqsBatch.process(event, message -> {
      Notification notification = NotificationMessages.decode(message.getBody());
      DeliverNotification.Outcome outcome = deliver.deliver(notification);
      log("INFO", message.getMessageId(), notification.notificationId(), outcome.status(), outcome.detail());
    }, (message, e) -> log("ERROR", message.getMessageId(), null, "FAILED", String.valueOf(e)));
  }

  private static void log(String level, String messageId, String notificationId, String status, String detail) {
    System.out.println("{\"level\":\"" + level + "\",\"messageId\":\"" + clean(messageId)
        + "\",\"notificationId\":\"" + clean(notificationId) + "\",\"status\":\"" + status + "\",\"detail\":\""
        + clean(detail) + "\"}");
  }

  private static String clean(String value) {
    return value == null ? "" : value.replace('"', '\'').replace('\\', '/').replace('\n', ' ');
  }
}
