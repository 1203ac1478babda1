package nl.klantpunten.local;

import java.net.URI;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.klantpunten.api.Backend;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.emulators.StreamEventSource;
import nl.klantpunten.functions.stream.ChangeProcessor;
import nl.klantpunten.functions.stream.TableStreamFunction;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * What Lambda's event source mapping does in AWS, for the local stack: every half second, hands the new records of
 * DynamoDB Local's table stream to the real {@link TableStreamFunction} with the product's processors, so badges,
 * balance reminders and the notification outbox relay follow balance changes within seconds, as deployed.
 */
final class LocalStreamPoller implements AutoCloseable {
  private final DynamoDbStreamsClient streams;
  private final ScheduledExecutorService scheduler;

  private LocalStreamPoller(DynamoDbStreamsClient streams, ScheduledExecutorService scheduler) {
    this.streams = streams;
    this.scheduler = scheduler;
  }

  static LocalStreamPoller start(URI dynamoEndpoint, Backend backend, String table,
      List<ChangeProcessor> processors) {
    DynamoDbStreamsClient streams = AwsClientConfig.local(dynamoEndpoint).build(DynamoDbStreamsClient.builder());
    String arn = backend.stores().client().describeTable(b -> b.tableName(table)).table().latestStreamArn();
    TableStreamFunction function = new TableStreamFunction(processors);
    StreamEventSource source = new StreamEventSource(streams, arn, function::handle, 100, 10);
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "local-stream-poller");
      t.setDaemon(true);
      return t;
    });
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        source.drain();
      } catch (RuntimeException e) {
        System.err.println("stream poll failed: " + e);
      }
    }, 500, 500, TimeUnit.MILLISECONDS);
    return new LocalStreamPoller(streams, scheduler);
  }

  @Override
  public void close() {
    // let a running drain finish: interrupting the outbox relay mid-request leaves ElasticMQ a half-done request
    scheduler.shutdown();
    try {
      if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
        scheduler.shutdownNow();
      }
    } catch (InterruptedException e) {
      scheduler.shutdownNow();
      Thread.currentThread().interrupt();
    }
    streams.close();
  }
}
