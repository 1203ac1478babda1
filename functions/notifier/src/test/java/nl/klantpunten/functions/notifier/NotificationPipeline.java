package nl.klantpunten.functions.notifier;

import java.util.List;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.emulators.Emulators;
import nl.klantpunten.emulators.SesCapture;
import nl.klantpunten.emulators.SqsEventSource;
import nl.klantpunten.emulators.StreamEventSource;
import nl.klantpunten.functions.stream.StreamProcessors;
import nl.klantpunten.functions.stream.TableStreamFunction;
import nl.klantpunten.ses.SesEmailSender;
import nl.klantpunten.sqs.SqsNotificationQueue;
import nl.klantpunten.sqs.SqsQueues;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The deployed path, wired as AWS wires it, over the JVM's emulators: table stream → stream function (its
 * processors: balance reminders, outbox relay) → SQS queue with dead-letter queue (ElasticMQ) → notifier function →
 * SES v2 (capturing endpoint). Each test gets its own queue; {@link #run()} drains the stream, then the queue.
 */
final class NotificationPipeline {
  static final String SENDER = "punten@example.com";
  final SqsClient sqs;
  final SqsQueues.Urls queue;
  final SesCapture ses;
  final NotifierFunction notifier;
  final StreamEventSource stream;
  final SqsEventSource queueSource;

  NotificationPipeline(Emulators emulators, Backend backend, String queueName) {
    sqs = SqsQueues.client(AwsClientConfig.local(emulators.sqsEndpoint()));
    queue = SqsQueues.createWithDeadLetterQueue(sqs, queueName);
    ses = emulators.ses();
    SesV2Client sesClient = AwsClientConfig.local(ses.endpoint()).build(SesV2Client.builder());
    notifier = new NotifierFunction(backend, new SesEmailSender(sesClient), SENDER);
    TableStreamFunction streamFunction = new TableStreamFunction(
        StreamProcessors.of(backend, new SqsNotificationQueue(sqs, queue.queueUrl())));
    DynamoDbStreamsClient streams = AwsClientConfig.local(emulators.dynamoEndpoint())
        .build(DynamoDbStreamsClient.builder());
    String arn = backend.stores().client().describeTable(b -> b.tableName(TestBackend.TABLE)).table()
        .latestStreamArn();
    stream = new StreamEventSource(streams, arn, streamFunction::handle, 100, 3);
    queueSource = new SqsEventSource(sqs, queue.queueUrl(), notifier::handle, 10);
  }

  /** Everything written so far travels the whole way. */
  void run() {
    stream.drain();
    queueSource.drain();
  }

  List<String> deadLetters() {
    return sqs.receiveMessage(b -> b.queueUrl(queue.deadLetterQueueUrl()).maxNumberOfMessages(10).waitTimeSeconds(1))
        .messages().stream().map(m -> m.body()).toList();
  }
}
