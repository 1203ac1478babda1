package nl.klantpunten.functions.notifier;

import static org.junit.jupiter.api.Assertions.assertFalse;
import nl.klantpunten.api.testing.Emf;
import nl.klantpunten.api.testing.CapturedLogs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.Json;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.api.testing.TestSettings;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.badge.Badge;
import nl.klantpunten.core.badge.BadgeId;
import nl.klantpunten.core.badge.PointsRange;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.notification.DeliverNotification;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.core.store.NotificationLog;
import nl.klantpunten.emulators.CapturedEmail;
import nl.klantpunten.emulators.Emulators;
import nl.klantpunten.emulators.EmulatorsExtension;
import nl.klantpunten.functions.customers.CustomersFunction;
import nl.klantpunten.functions.enrolment.EnrolmentFunction;
import nl.klantpunten.functions.ledger.LedgerFunction;
import nl.klantpunten.functions.webhooks.WebhooksFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Notifications through the real path: an order webhook or a manual credit through its handler, the outbox item in
 * the same transaction, the table stream, the relay, ElasticMQ, the notifier handler with SQS events, and the SES v2
 * client against the capturing endpoint. Each test has its own program, customer address and queue.
 */
@ExtendWith({EmulatorsExtension.class, TestBackend.class})
class NotificationFlowTest {
  private Backend backend;
  private TestProgram program;
  private NotificationPipeline pipeline;
  private String address;

  @BeforeEach
  void setUp(Emulators emulators, Backend backend) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.SHOP);
    TestSettings.apply(backend, program.id(), "{\"earning\": {\"ratio\": {\"points\": 10, \"amount\": \"5.00\"}}}");
    pipeline = new NotificationPipeline(emulators, backend, "notify-" + program.id().value());
    address = "anna." + program.id().value() + "@example.com";
  }

  private Http.Result orderWebhook(String orderId) {
    Map<String, Object> order = Map.of(
        "orderId", orderId, "status", "paid", "currency", "EUR",
        "customer", Map.of("id", "c-1", "email", address, "name", "Anna <de Vries>"),
        "lines", List.of(Map.of("productId", "mug", "quantity", 2, "unitPrice", "10.00", "lineTotal", "20.00")),
        "totals", Map.of("subtotal", "20.00", "total", "20.00"));
    Http shop = new Http(new WebhooksFunction(backend, Duration.ZERO), program.key(Role.WEBSHOP));
    return shop.post("/v1/webhooks/orders", Json.write(order));
  }

  private List<CapturedEmail> emails() {
    return pipeline.ses.emailsTo(address);
  }

  @Test
  void anOrderThatEarnsGivesExactlyOneEmailWithThePointsAndBalance() {
    assertEquals(200, orderWebhook("o-1").status() / 100 * 100, "the webhook is accepted");
    pipeline.run();

    List<CapturedEmail> emails = emails();
    assertEquals(1, emails.size(), "one email for one earning order");
    CapturedEmail email = emails.get(0);
    assertEquals(NotificationPipeline.SENDER, email.from());
    assertEquals("Je hebt 40 punten gespaard bij Test " + program.id().value(), email.subject(),
        "Dutch by default, with the order's points");
    assertTrue(email.text().contains("Je saldo is nu 40 punten"), email.text());
    assertTrue(email.text().contains("Hallo Anna <de Vries>,"), "text part: the name as it is");
    assertTrue(email.html().contains("Hallo Anna &lt;de Vries&gt;,"), "html part: the name escaped");

    orderWebhook("o-1");
    pipeline.run();
    assertEquals(1, emails().size(), "a redelivered webhook earns nothing and mails nothing");
  }

  @Test
  void aCustomerCreatedWithoutEmailByAnOrderIsSkippedCleanly() {
    Map<String, Object> order = Map.of(
        "orderId", "o-no-email", "status", "paid", "currency", "EUR",
        "customer", Map.of("id", "c-no-email"),
        "lines", List.of(Map.of("productId", "mug", "quantity", 1, "unitPrice", "10.00", "lineTotal", "10.00")),
        "totals", Map.of("subtotal", "10.00", "total", "10.00"));
    Http shop = new Http(new WebhooksFunction(backend, Duration.ZERO), program.key(Role.WEBSHOP));
    Http.Result r = shop.post("/v1/webhooks/orders", Json.write(order));
    assertEquals(200, r.status(), r.toString());
    assertEquals(20, r.number("earned"));

    pipeline.run();

    String entryId = ((List<?>) r.json().get("entryIds")).get(0).toString();
    NotificationLog.Entry recorded = backend.stores().notificationLog()
        .find(program.id(), new CustomerId("c-no-email"), "EARNED#" + entryId).orElseThrow();
    assertEquals(NotificationLog.Status.SKIPPED, recorded.status());
    assertEquals("NO_EMAIL", recorded.reason());
    assertTrue(pipeline.deadLetters().stream().noneMatch(body -> body.contains("c-no-email")),
        "nothing failed on the way");
  }

  @Test
  void theCardCodeReachesTheCustomerByEmailOnlyAndARepeatEnrolmentSendsItAgain() {
    TestProgram vendor = TestProgram.create(backend, ProgramKind.VENDOR);
    String email = "zoe." + vendor.id().value().toLowerCase() + "@example.com";
    String slug = "welcome-" + vendor.id().value().substring(4).toLowerCase();
    Instant start = Instant.parse("2026-03-01T10:05:00Z");
    Http setUp = new Http(enrolmentAt(start), vendor.key(Role.VENDOR));
    assertEquals(201, setUp.put("/v1/card-program", "{\"slug\":\"" + slug
        + "\",\"customerBaseUrl\":\"https://bakker.example/klant\",\"welcomePoints\":50}").status());
    String body = "{\"email\":\"" + email + "\",\"name\":\"Zoë\"}";

    Http.Result first = new Http(enrolmentAt(start), null).post("/v1/enrol/" + slug, body);
    assertEquals(202, first.status(), first.toString());
    pipeline.run();
    String code = backend.stores().customers().find(vendor.id(),
        nl.klantpunten.core.card.EnrolledCustomerId.of(vendor.id(), email)).orElseThrow().cardCode();
    List<CapturedEmail> welcome = pipeline.ses.emailsTo(email);
    assertEquals(1, welcome.size(), "one welcome email, not also a points email");
    assertTrue(welcome.get(0).text().contains("Je kaartcode is " + code), welcome.get(0).text());
    assertTrue(welcome.get(0).text().contains("Je saldo is 50 punten"), welcome.get(0).text());
    assertTrue(!first.toString().contains(code), "the public answer has no code");

    Http.Result soon = new Http(enrolmentAt(start.plusSeconds(600)), null).post("/v1/enrol/" + slug, body);
    assertEquals(first.json(), soon.json(), "a known email reads as a new one");
    pipeline.run();
    assertEquals(1, pipeline.ses.emailsTo(email).size(), "re-sent at most once an hour");

    new Http(enrolmentAt(start.plusSeconds(3_600)), null).post("/v1/enrol/" + slug, body);
    pipeline.run();
    List<CapturedEmail> both = pipeline.ses.emailsTo(email);
    assertEquals(2, both.size(), "a repeat enrolment sends the code again");
    assertTrue(both.get(1).text().contains(code), both.get(1).text());
  }

  private EnrolmentFunction enrolmentAt(Instant at) {
    return new EnrolmentFunction(Backend.over(backend.stores().client(), backend.stores().table(),
        java.time.Clock.fixed(at, java.time.ZoneOffset.UTC)));
  }

  @Test
  void theSameMessageDeliveredTwiceGivesOneEmail() {
    orderWebhook("o-2");
    pipeline.stream.drain();
    List<String> queued = queuedOfThisProgram();
    assertEquals(1, queued.size(), "one notification of this program on the queue");
    String body = queued.get(0);

    SQSBatchResponse first = pipeline.notifier.handle(event(message("m-1", body), message("m-2", body)));
    SQSBatchResponse again = pipeline.notifier.handle(event(message("m-3", body)));

    assertTrue(first.getBatchItemFailures().isEmpty());
    assertTrue(again.getBatchItemFailures().isEmpty());
    assertEquals(1, emails().size(), "the same notification three times: one email");
    String notificationId = body.replaceAll(".*\"notificationId\":\"([^\"]+)\".*", "$1");
    assertEquals(NotificationLog.Status.SENT, backend.stores().notificationLog()
        .find(program.id(), new CustomerId("c-1"), notificationId).orElseThrow().status());
  }

  @Test
  void aPoisonMessageFailsAloneAndEndsInTheDeadLetterQueue() {
    Http admin = new Http(new CustomersFunction(backend), program.admin());
    admin.put("/v1/customers/c-9", "{\"email\":\"" + address + "\",\"name\":\"Bo\"}");
    Http ledger = new Http(new LedgerFunction(backend), program.admin());
    assertEquals(201, ledger.post("/v1/customers/c-9/transactions", "{\"points\": 25, \"note\": \"thanks\"}")
        .status());
    pipeline.stream.drain();
    pipeline.sqs.sendMessage(b -> b.queueUrl(pipeline.queue.queueUrl()).messageBody("{\"not\": \"a notification\"}"));

    pipeline.queueSource.drain();

    assertEquals(1, emails().size(), "the good notification is sent");
    assertTrue(emails().get(0).subject().contains("25 punten"));
    // other tests' notifications travel through this queue too (the stream is read from its start): look at ours
    assertEquals(List.of("{\"not\": \"a notification\"}"), pipeline.deadLetters().stream()
            .filter(body -> !body.contains("\"programId\"") || body.contains(program.id().value())).toList(),
        "the poison message went to the dead-letter queue after its receives, nothing of this program with it");

    SQSBatchResponse mixed = pipeline.notifier.handle(event(message("bad", "nonsense"),
        message("good", "{\"programId\":\"" + program.id().value() + "\",\"customerId\":\"c-9\","
            + "\"notificationId\":\"MANUAL#1\",\"type\":\"BALANCE_REMINDER\",\"data\":{}}")));
    assertEquals(List.of("bad"), mixed.getBatchItemFailures().stream()
        .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList(), "only the bad message fails");
    assertEquals(2, emails().size(), "the good message of that batch is sent");
  }

  @Test
  void anOptedOutCustomerIsSkippedAndTheSkipRecorded() {
    Http admin = new Http(new CustomersFunction(backend), program.admin());
    Http.Result saved = admin.put("/v1/customers/c-5",
        "{\"email\":\"" + address + "\",\"name\":\"Cas\",\"emailOptIn\":false}");
    assertEquals(false, saved.json().get("emailOptIn"));
    Http ledger = new Http(new LedgerFunction(backend), program.admin());
    String entryId = ledger.post("/v1/customers/c-5/transactions", "{\"points\": 5, \"note\": \"n\"}")
        .string("id");

    pipeline.run();

    assertEquals(0, emails().size());
    NotificationLog.Entry recorded = backend.stores().notificationLog()
        .find(program.id(), new CustomerId("c-5"), "EARNED#" + entryId).orElseThrow();
    assertEquals(NotificationLog.Status.SKIPPED, recorded.status());
    assertEquals("OPTED_OUT", recorded.reason());
  }

  @Test
  void sentSkippedAndFailedNotificationsAreCountedAsMetricsWithoutTheAddress() {
    Http admin = new Http(new CustomersFunction(backend), program.admin());
    admin.put("/v1/customers/c-7", "{\"email\":\"" + address + "\",\"name\":\"Dee\"}");
    admin.put("/v1/customers/c-8", "{\"email\":\"" + address + "\",\"name\":\"Eef\",\"emailOptIn\":false}");
    String reminder = "{\"programId\":\"" + program.id().value() + "\",\"customerId\":\"%s\","
        + "\"notificationId\":\"MANUAL#%s\",\"type\":\"BALANCE_REMINDER\",\"data\":{}}";

    Map<String, Long> totals;
    List<String> lines;
    try (CapturedLogs logs = CapturedLogs.start()) {
      pipeline.notifier.handle(event(message("sent", reminder.formatted("c-7", "7")),
          message("skipped", reminder.formatted("c-8", "8")), message("failed", "nonsense")));
      totals = Emf.totals(logs.metrics());
      lines = logs.lines();
    }

    String p = program.id().value();
    assertEquals(1L, totals.get(p + "/NotificationsSent"), totals.toString());
    assertEquals(1L, totals.get(p + "/NotificationsSkipped"), totals.toString());
    assertEquals(1L, totals.get("-/NotificationsFailed"), totals.toString());
    assertEquals(3, lines.stream().filter(l -> l.contains("\"event\":\"message\"")).count(), "one event a message");
    lines.forEach(line -> assertFalse(line.contains(address), line));
  }

  @Test
  void aFailedSendIsRetriedAndStillGivesOneEmail() {
    orderWebhook("o-3");
    pipeline.ses.failNext();

    pipeline.run();

    assertEquals(1, emails().size(), "the second receive sent it, once");
    assertTrue(pipeline.deadLetters().isEmpty());
  }

  @Test
  void aClaimIsRespectedWhileFreshAndTakenOverOnceItsSenderMustHaveDied() {
    orderWebhook("o-4");
    orderWebhook("o-5");
    pipeline.stream.drain();
    Map<String, String> bodies = new HashMap<>();
    for (String body : queuedOfThisProgram()) {
      bodies.put(body.replaceAll(".*\"notificationId\":\"([^\"]+)\".*", "$1"), body);
    }
    String alive = "EARNED#" + backend.stores().orders().find(program.id(), "api:o-4").orElseThrow().earnedEntryId();
    String crashed = "EARNED#" + backend.stores().orders().find(program.id(), "api:o-5").orElseThrow()
        .earnedEntryId();
    NotificationLog log = backend.stores().notificationLog();
    CustomerId anna = new CustomerId("c-1");
    Instant now = Instant.now();
    assertEquals(NotificationLog.Claim.CLAIMED, log.claim(program.id(), anna, alive, "POINTS_EARNED",
        now.minusSeconds(10), DeliverNotification.LEASE), "a sender that claimed 10 s ago");
    assertEquals(NotificationLog.Claim.CLAIMED, log.claim(program.id(), anna, crashed, "POINTS_EARNED",
        now.minus(DeliverNotification.LEASE).minusSeconds(30), DeliverNotification.LEASE), "one that died");

    SQSBatchResponse response = pipeline.notifier.handle(event(message("alive", bodies.get(alive)),
        message("crashed", bodies.get(crashed))));

    assertEquals(List.of("alive"), response.getBatchItemFailures().stream()
        .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList(), "retried later, not sent twice now");
    assertEquals(1, emails().size(), "the dead sender's notification is sent by the redelivery");
    assertEquals(NotificationLog.Status.SENT, log.find(program.id(), anna, crashed).orElseThrow().status());
    assertEquals(NotificationLog.Status.SENDING, log.find(program.id(), anna, alive).orElseThrow().status());
    log.markSent(program.id(), anna, alive, "sent-by-the-living-sender", Instant.now());
    assertTrue(pipeline.notifier.handle(event(message("alive-again", bodies.get(alive)))).getBatchItemFailures()
        .isEmpty(), "once that sender marked it, a redelivery is a duplicate");
    assertEquals(1, emails().size());
  }

  @Test
  void crossingAReminderThresholdAddsOneBalanceReminderInTheProgramsLanguage() {
    TestSettings.apply(backend, program.id(), "{\"notifications\": {\"language\": \"en\", "
        + "\"reminderThresholds\": [30, 35, 1000]}}");
    orderWebhook("o-6");
    pipeline.run();
    pipeline.run(); // the reminder's outbox item is written by the stream function, so it comes round once more

    List<String> subjects = emails().stream().map(CapturedEmail::subject).sorted().toList();
    assertEquals(List.of("You earned 40 points at Test " + program.id().value(),
        "You have 40 points at Test " + program.id().value()), subjects, "one reminder, for the highest threshold");
    assertEquals(NotificationLog.Status.SENT, backend.stores().notificationLog()
        .find(program.id(), new CustomerId("c-1"), "REMINDER#35#1").orElseThrow().status());
  }

  @Test
  void aBadgeUnlockedByTheEarningGivesItsOwnEmail() {
    backend.stores().badges().put(program.id(), new Badge(new BadgeId("starter"), "Starter & Co", null, null,
        new PointsRange(30, null)));
    orderWebhook("o-7");
    pipeline.run();
    pipeline.run(); // the badge evaluation's outbox item is written by the stream function, so it comes round again

    List<CapturedEmail> emails = emails();
    assertEquals(List.of("Je hebt 40 punten gespaard bij Test " + program.id().value(), "Nieuwe badge: Starter & Co"),
        emails.stream().map(CapturedEmail::subject).sorted().toList());
    CapturedEmail badge = emails.stream().filter(e -> e.subject().startsWith("Nieuwe badge")).findFirst()
        .orElseThrow();
    assertTrue(badge.html().contains("de badge Starter &amp; Co verdiend"), badge.html());
    assertTrue(badge.text().contains("Je saldo is 40 punten."), badge.text());
  }

  /**
   * Takes every message off the queue and keeps this program's: the stream is read from its start, so other tests'
   * notifications are on this queue too.
   */
  private List<String> queuedOfThisProgram() {
    List<String> ours = new ArrayList<>();
    while (true) {
      List<Message> batch = pipeline.sqs.receiveMessage(b -> b.queueUrl(pipeline.queue.queueUrl())
          .maxNumberOfMessages(10).waitTimeSeconds(0)).messages();
      if (batch.isEmpty()) {
        return ours;
      }
      batch.stream().map(Message::body).filter(body -> body.contains(program.id().value())).forEach(ours::add);
    }
  }

  private static SQSEvent event(SQSEvent.SQSMessage... messages) {
    SQSEvent event = new SQSEvent();
    event.setRecords(List.of(messages));
    return event;
  }

  private static SQSEvent.SQSMessage message(String id, String body) {
    SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
    m.setMessageId(id);
    m.setBody(body);
    assertNotNull(body);
    return m;
  }
}
