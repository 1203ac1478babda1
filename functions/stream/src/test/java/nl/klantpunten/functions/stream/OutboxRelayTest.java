package nl.klantpunten.functions.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.notification.Notification;
import nl.klantpunten.core.notification.NotificationQueue;
import nl.klantpunten.core.notification.NotificationType;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.emulators.Emulators;
import nl.klantpunten.emulators.EmulatorsExtension;
import nl.klantpunten.emulators.StreamEventSource;
import nl.klantpunten.sqs.NotificationMessages;
import nl.klantpunten.sqs.SqsNotificationQueue;
import nl.klantpunten.sqs.SqsQueues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The outbox relay over DynamoDB Local's stream and ElasticMQ: every committed outbox item reaches the queue, debits
 * and replays write none, and a message SQS refuses is sent again from the stream record that carried it.
 */
@ExtendWith({EmulatorsExtension.class, TestBackend.class})
class OutboxRelayTest {

  @Test
  void committedOutboxItemsReachTheQueueAndARefusedOneIsRetriedFromItsRecord(Emulators emulators, Backend backend) {
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP);
    CustomerId customer = new CustomerId("relay-1");
    backend.stores().customers().save(program.id(), customer, CustomerDetails.parse("r@example.com", "R", null),
        Instant.now());
    List<String> entryIds = new ArrayList<>();
    for (int points : new int[] {10, 20, 30}) {
      entryIds.add(backend.stores().ledger().record(program.id(), new BalanceChange(customer, points, EntryKind.EARN,
          Reason.MANUAL, "n", null, "test", null).notifyingWhenEarned()).entry().id());
    }
    backend.stores().ledger().record(program.id(), new BalanceChange(customer, -5, EntryKind.SPEND,
        Reason.REDEMPTION, "n", null, "test", null).notifyingWhenEarned());

    SqsClient sqs = SqsQueues.client(AwsClientConfig.local(emulators.sqsEndpoint()));
    SqsQueues.Urls queue = SqsQueues.createWithDeadLetterQueue(sqs, "relay-" + program.id().value());
    NotificationQueue real = new SqsNotificationQueue(sqs, queue.queueUrl());
    AtomicBoolean refuseSecondOnce = new AtomicBoolean(true);
    List<Integer> batchSizes = new ArrayList<>();
    NotificationQueue refusingOnce = notifications -> {
      List<Notification> ours = notifications.stream()
          .filter(n -> n.programId().equals(program.id())).toList();
      batchSizes.add(ours.size());
      if (ours.size() == 3 && refuseSecondOnce.getAndSet(false)) {
        int second = notifications.indexOf(ours.get(1));
        return real.send(notifications.subList(0, second)); // as SQS answering "failed" for that entry
      }
      return real.send(notifications);
    };
    DynamoDbStreamsClient streams = AwsClientConfig.local(emulators.dynamoEndpoint())
        .build(DynamoDbStreamsClient.builder());
    String arn = backend.stores().client().describeTable(b -> b.tableName(TestBackend.TABLE)).table()
        .latestStreamArn();

    new StreamEventSource(streams, arn, new TableStreamFunction(List.of(new OutboxRelay(refusingOnce)))::handle,
        100, 3).drain();

    assertEquals(false, refuseSecondOnce.get(), "the relay met the refusal: " + batchSizes);
    List<Notification> received = new ArrayList<>();
    while (true) {
      var messages = sqs.receiveMessage(b -> b.queueUrl(queue.queueUrl()).maxNumberOfMessages(10)
          .waitTimeSeconds(0)).messages();
      if (messages.isEmpty()) {
        break;
      }
      messages.forEach(m -> received.add(NotificationMessages.decode(m.body())));
      messages.forEach(m -> sqs.deleteMessage(b -> b.queueUrl(queue.queueUrl()).receiptHandle(m.receiptHandle())));
    }
    List<String> ids = received.stream().filter(n -> n.programId().equals(program.id()))
        .map(Notification::notificationId).toList();
    assertEquals(List.of("EARNED#" + entryIds.get(0), "EARNED#" + entryIds.get(1), "EARNED#" + entryIds.get(2)),
        ids.stream().distinct().sorted().toList(), "the three credits, the debit none");
    assertEquals(3, ids.size(), "the refused one was sent again, the accepted ones were not: "
        + ids + " in batches of " + batchSizes);
    Notification first = received.stream().filter(n -> n.notificationId().equals("EARNED#" + entryIds.get(0)))
        .findFirst().orElseThrow();
    assertEquals(NotificationType.POINTS_EARNED, first.type());
    assertEquals("10", first.data().get("points"));
    assertEquals(customer, first.customerId());
  }
}
