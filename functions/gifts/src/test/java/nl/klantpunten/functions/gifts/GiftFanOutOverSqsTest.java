package nl.klantpunten.functions.gifts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestClock;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.gift.GiftId;
import nl.klantpunten.core.gift.GiftPeriod;
import nl.klantpunten.core.gift.QueuedGiftBatch;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.EntryQuery;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.emulators.Emulators;
import nl.klantpunten.emulators.EmulatorsExtension;
import nl.klantpunten.emulators.SqsEventSource;
import nl.klantpunten.sqs.GiftBatchMessages;
import nl.klantpunten.sqs.SqsGiftFanOut;
import nl.klantpunten.sqs.SqsQueues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The deployed gift path over the JVM's emulators: the hourly run sends each segment page as one message to an SQS
 * queue with a dead-letter queue (ElasticMQ), and {@link GiftBatchFunction}, fed by {@link SqsEventSource} as Lambda's
 * SQS trigger feeds it, gives the gifts in DynamoDB Local. Each test has its own queue.
 */
@ExtendWith({EmulatorsExtension.class, TestBackend.class})
class GiftFanOutOverSqsTest {
  private TestClock clock;
  private Backend backend;
  private TestProgram program;
  private Http admin;
  private SqsClient sqs;
  private SqsQueues.Urls queue;
  private SqsEventSource trigger;
  private GiftBatchFunction consumer;
  private final List<String> plans = new ArrayList<>();

  @BeforeEach
  void setUp(Emulators emulators, Backend shared) {
    clock = new TestClock(Instant.parse("2026-02-20T10:00:00Z"));
    backend = Backend.over(shared.stores().client(), TestBackend.TABLE, clock);
    program = TestProgram.create(backend, ProgramKind.SHOP);
    admin = new Http(new GiftsFunction(backend), program.admin());
    sqs = SqsQueues.client(AwsClientConfig.local(emulators.sqsEndpoint()));
    queue = SqsQueues.createWithDeadLetterQueue(sqs, "gift-batches-" + program.id().value());
    consumer = new GiftBatchFunction(backend);
    trigger = new SqsEventSource(sqs, queue.queueUrl(), consumer::handle, 10);
  }

  @AfterEach
  void stopPlans() {
    plans.forEach(p -> admin.delete("/v1/gifts/" + p)); // the run reads every program's plans: leave none behind
    sqs.close();
  }

  @Test
  void aSegmentOfThreeBatchesGoesThroughTheQueueAndACutOffRunResumes() {
    customers("q-", 250);
    dailyPlan("daily-q");
    clock.set(Instant.parse("2026-02-21T06:00:00Z"));
    AtomicInteger checks = new AtomicInteger();
    Map<String, Object> first = fire(new TimeLeft(() -> checks.incrementAndGet() <= 2 ? 900_000 : 30_000));
    assertEquals(0L, number(first, "given"), "the run gives nothing itself");
    assertEquals(200L, number(first, "sent"), "two pages of 100, then out of time");
    assertEquals(false, first.get("finished"));
    assertEquals(2, waiting());
    assertEquals(0, gifts("q-0").size(), "queued, not given yet");

    Map<String, Object> second = fire(TimeLeft.plenty());
    assertEquals(50L, number(second, "sent"), "resumed at the third page");
    assertEquals(true, second.get("finished"));
    assertEquals(3, waiting());

    trigger.drain();
    for (int i = 0; i < 250; i++) {
      List<LedgerEntry> given = gifts("q-" + i);
      assertEquals(1, given.size(), "q-" + i);
      assertEquals(3, given.get(0).points());
      assertEquals("gift:daily-q:2026-02-21", given.get(0).sourceRef());
    }
    assertEquals(0L, number(fire(TimeLeft.plenty()), "sent"), "a rerun finds every guard and sends nothing");
    assertEquals(0, waiting());
    assertEquals(List.of(), deadLetters());
  }

  @Test
  void batchesSentTwiceBeforeTheConsumerRanGiveEachCustomerOnce() {
    customers("d-", 120);
    dailyPlan("daily-d");
    clock.set(Instant.parse("2026-02-21T06:00:00Z"));
    assertEquals(120L, number(fire(TimeLeft.plenty()), "sent"));
    assertEquals(120L, number(fire(TimeLeft.plenty()), "sent"), "the next run comes before the consumer");
    assertEquals(4, waiting());
    trigger.drain();
    for (int i = 0; i < 120; i++) {
      assertEquals(1, gifts("d-" + i).size(), "d-" + i);
    }
    assertEquals(6, balance("d-7"), "3 seeded + one gift of 3");
  }

  @Test
  void theSameMessageDeliveredTwiceGivesNothingMore() {
    customers("r-", 3);
    dailyPlan("daily-r");
    clock.set(Instant.parse("2026-02-21T06:00:00Z"));
    fire(TimeLeft.plenty());
    Message message = sqs.receiveMessage(b -> b.queueUrl(queue.queueUrl()).maxNumberOfMessages(10)).messages()
        .get(0);
    SQSEvent twice = event(message.body(), message.body());
    assertEquals(List.of(), failures(consumer.handle(twice)));
    assertEquals(List.of(), failures(consumer.handle(event(message.body()))), "and a third time, later");
    for (int i = 0; i < 3; i++) {
      assertEquals(1, gifts("r-" + i).size(), "r-" + i);
      assertEquals(6, balance("r-" + i), "3 seeded + 3 given once");
    }
  }

  @Test
  void aPoisonMessageFailsAloneAndEndsInTheDeadLetterQueue() {
    customers("p-", 2);
    dailyPlan("daily-p");
    clock.set(Instant.parse("2026-02-21T06:00:00Z"));
    GiftPeriod period = new GiftPeriod(java.time.LocalDate.parse("2026-02-21"),
        Instant.parse("2026-02-20T23:00:00Z"), Instant.parse("2026-02-21T23:00:00Z"));
    String good0 = GiftBatchMessages.encode(new QueuedGiftBatch(program.id(), new GiftId("daily-p"), period,
        List.of(new CustomerId("p-0"))));
    String good1 = GiftBatchMessages.encode(new QueuedGiftBatch(program.id(), new GiftId("daily-p"), period,
        List.of(new CustomerId("p-1"))));
    SQSEvent mixed = event(good0, "{\"programId\": \"x\"}", good1);
    assertEquals(List.of("m1"), failures(consumer.handle(mixed)), "only the poison message is retried");
    assertEquals(1, gifts("p-0").size());
    assertEquals(1, gifts("p-1").size());

    sqs.sendMessage(b -> b.queueUrl(queue.queueUrl()).messageBody("not a gift batch"));
    sqs.sendMessage(b -> b.queueUrl(queue.queueUrl()).messageBody(good0));
    trigger.drain();
    assertEquals(List.of("not a gift batch"), deadLetters(), "after " + SqsQueues.MAX_RECEIVE_COUNT + " receives");
    assertEquals(1, gifts("p-0").size(), "the good message beside it gave nothing twice");
    assertThrows(GiftBatchMessages.Malformed.class, () -> GiftBatchMessages.decode("{\"programId\": \"x\"}"));
  }

  @Test
  void aBatchForAPlanDeletedSinceTheRunGivesNothing() {
    customers("g-", 2);
    dailyPlan("daily-g");
    clock.set(Instant.parse("2026-02-21T06:00:00Z"));
    assertEquals(2L, number(fire(TimeLeft.plenty()), "sent"));
    assertEquals(204, admin.delete("/v1/gifts/daily-g").status());
    trigger.drain();
    assertEquals(0, gifts("g-0").size());
    assertEquals(List.of(), deadLetters(), "not an error: the owner stopped the plan");
  }

  @Test
  void messagesRoundTripThroughTheCodec() {
    GiftPeriod period = new GiftPeriod(java.time.LocalDate.parse("2026-03-01"),
        Instant.parse("2026-02-28T23:00:00Z"), Instant.parse("2026-03-31T22:00:00Z"));
    QueuedGiftBatch batch = new QueuedGiftBatch(program.id(), new GiftId("monthly.gold"), period,
        List.of(new CustomerId("a"), new CustomerId("b+mail@example.nl")));
    assertEquals(batch, GiftBatchMessages.decode(GiftBatchMessages.encode(batch)));
    for (String bad : new String[] {null, "", "[]", "{}", "{\"programId\":\"p\",\"giftId\":\"g\",\"period\":{"
        + "\"startDate\":\"2026-03-01\",\"start\":\"2026-02-28T23:00:00Z\",\"end\":\"2026-03-31T22:00:00Z\"},"
        + "\"customerIds\":[]}", GiftBatchMessages.encode(batch).replace("monthly.gold", "a#b")}) {
      assertThrows(GiftBatchMessages.Malformed.class, () -> GiftBatchMessages.decode(bad), String.valueOf(bad));
    }
  }

  // ---- helpers ----------------------------------------------------------------------------------------------------

  private Map<String, Object> fire(TimeLeft context) {
    return new GiftRunFunction(backend, new SqsGiftFanOut(sqs, queue.queueUrl()))
        .handleRequest(new ScheduledEvent(), context);
  }

  private void dailyPlan(String id) {
    Http.Result r = admin.put("/v1/gifts/" + id, "{\"points\": 3, \"description\": \"Daily\", \"cadence\": "
        + "{\"type\": \"daily\"}, \"segment\": {\"minBalance\": 0}}");
    assertEquals(201, r.status(), r.toString());
    plans.add(id);
  }

  private void customers(String prefix, int count) {
    for (int i = 0; i < count; i++) {
      CustomerId c = new CustomerId(prefix + i);
      backend.stores().customers().save(program.id(), c, CustomerDetails.parse(prefix + i + "@example.com", "C", null),
          clock.instant());
      backend.stores().ledger().record(program.id(),
          new BalanceChange(c, 3, EntryKind.EARN, Reason.ORDER, "seed", null, "test", null));
    }
  }

  private List<LedgerEntry> gifts(String customer) {
    return backend.stores().ledger().entries(program.id(), new CustomerId(customer),
        new EntryQuery(100, null, Reason.GIFT, null, null, false)).items();
  }

  private long balance(String customer) {
    return backend.stores().ledger().balance(program.id(), new CustomerId(customer)).orElseThrow().points();
  }

  private int waiting() {
    return Integer.parseInt(sqs.getQueueAttributes(b -> b.queueUrl(queue.queueUrl())
        .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributes()
        .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
  }

  private List<String> deadLetters() {
    return sqs.receiveMessage(b -> b.queueUrl(queue.deadLetterQueueUrl()).maxNumberOfMessages(10)).messages()
        .stream().map(Message::body).toList();
  }

  private static long number(Map<String, Object> summary, String field) {
    return ((Number) summary.get(field)).longValue();
  }

  private static SQSEvent event(String... bodies) {
    List<SQSEvent.SQSMessage> records = new ArrayList<>();
    for (int i = 0; i < bodies.length; i++) {
      SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
      m.setMessageId("m" + i);
      m.setBody(bodies[i]);
      m.setEventSource("aws:sqs");
      records.add(m);
    }
    SQSEvent event = new SQSEvent();
    event.setRecords(records);
    return event;
  }

  private static List<String> failures(SQSBatchResponse response) {
    return response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .toList();
  }
}
