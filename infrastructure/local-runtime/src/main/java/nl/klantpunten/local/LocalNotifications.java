package nl.klantpunten.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.klantpunten.api.Backend;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.core.notification.NotificationQueue;
import nl.klantpunten.emulators.CapturedEmail;
import nl.klantpunten.emulators.Emulators;
import nl.klantpunten.emulators.SesCapture;
import nl.klantpunten.emulators.SqsEventSource;
import nl.klantpunten.functions.notifier.NotifierFunction;
import nl.klantpunten.ses.SesEmailSender;
import nl.klantpunten.sqs.SqsNotificationQueue;
import nl.klantpunten.sqs.SqsQueues;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The notification path of the local stack, wired as in AWS: the stream function's outbox relay (run by {@link
 * LocalStreamPoller}) sends to an SQS queue with a dead-letter queue (ElasticMQ); the queue feeds the deployed
 * notifier, whose SES v2 client talks to a capturing endpoint that keeps each email and writes it as an {@code .eml}
 * file. A background thread polls the queue twice a second.
 */
final class LocalNotifications implements AutoCloseable {
  static final String QUEUE = "klantpunten-notifications";
  static final String EMAILS_PATH = "/local/emails";
  static final String SENDER = "noreply@klantpunten.local";
  private final SesCapture ses;
  private final SqsClient sqs;
  private final ScheduledExecutorService poller;
  private final SqsQueues.Urls queue;
  private final boolean temporaryEmlDir;

  private LocalNotifications(SesCapture ses, SqsClient sqs, ScheduledExecutorService poller, SqsQueues.Urls queue,
      boolean temporaryEmlDir) {
    this.temporaryEmlDir = temporaryEmlDir;
    this.ses = ses;
    this.sqs = sqs;
    this.poller = poller;
    this.queue = queue;
  }

  /** @param temporaryEmlDir remove {@code emlDir} on close when no email was captured (a folder made for this run) */
  /** @param temporaryEmlDir remove {@code emlDir} on close when no email was captured (a folder made for this run) */
  static LocalNotifications start(Emulators emulators, Backend backend, Path emlDir, boolean temporaryEmlDir) {
    SesCapture ses = SesCapture.start(0, emlDir);
    SqsClient sqs = SqsQueues.client(AwsClientConfig.local(emulators.sqsEndpoint()));
    SqsQueues.Urls queue = SqsQueues.createWithDeadLetterQueue(sqs, QUEUE);
    NotifierFunction notifier = new NotifierFunction(backend,
        new SesEmailSender(AwsClientConfig.local(ses.endpoint()).build(SesV2Client.builder())), SENDER);
    SqsEventSource notifications = new SqsEventSource(sqs, queue.queueUrl(), notifier::handle, 10);
    ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "local-notifications");
      thread.setDaemon(true);
      return thread;
    });
    poller.scheduleWithFixedDelay(() -> {
      try {
        notifications.pollOnce();
      } catch (RuntimeException e) {
        System.err.println("local notifications: " + e);
      }
    }, 0, 500, TimeUnit.MILLISECONDS);
    return new LocalNotifications(ses, sqs, poller, queue, temporaryEmlDir);
  }

  /** The queue the stream function's outbox relay sends to ({@link LocalStreamPoller} runs it). */
  NotificationQueue queue() {
    return new SqsNotificationQueue(sqs, queue.queueUrl());
  }

  Path emlDir() {
    return ses.emlDir();
  }

  String queueUrl() {
    return queue.queueUrl();
  }

  /** The captured emails, newest first, as GET /local/emails lists them. */
  Map<String, Object> emailsJson() {
    List<CapturedEmail> emails = new ArrayList<>(ses.emails());
    Collections.reverse(emails);
    List<Map<String, Object>> items = emails.stream().map(e -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("messageId", e.messageId());
      m.put("receivedAt", e.receivedAt().toString());
      m.put("from", e.from());
      m.put("to", e.to());
      m.put("subject", e.subject());
      m.put("text", e.text());
      m.put("html", e.html());
      m.put("eml", ses.emlDir() == null ? null : ses.emlDir().resolve(e.messageId() + ".eml").toString());
      return m;
    }).toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", items);
    return body;
  }

  @Override
  public void close() {
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
    sqs.close();
    ses.close();
    if (temporaryEmlDir && ses.emails().isEmpty()) {
      try {
        Files.deleteIfExists(ses.emlDir());
      } catch (IOException e) {
        // not empty after all, or gone: either way nothing is lost
      }
    }
  }
}
