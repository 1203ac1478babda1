package nl.klantpunten.emulators;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import scala.concurrent.Await;
import scala.concurrent.duration.Duration;

/**
 * ElasticMQ inside this JVM: an SQS-compatible endpoint (queues, batches, visibility, redrive to a dead-letter
 * queue after {@code maxReceiveCount}) that the real {@code SqsClient} talks to unchanged. Queues are in memory.
 */
public final class SqsEmulator implements AutoCloseable {
  static final long STOP_WAIT_SECONDS = 5;
  private final SQSRestServer server;
  private final URI endpoint;

  private SqsEmulator(SQSRestServer server, URI endpoint) {
    this.server = server;
    this.endpoint = endpoint;
  }

  public static SqsEmulator start(int port) {
    try {
      SQSRestServer server = SQSRestServerBuilder.withPort(port).withInterface("127.0.0.1").start();
      server.waitUntilStarted();
      return new SqsEmulator(server, URI.create("http://127.0.0.1:" + port));
    } catch (RuntimeException e) {
      throw new IllegalStateException("ElasticMQ did not start on port " + port, e);
    }
  }

  public URI endpoint() {
    return endpoint;
  }

  /**
   * Stops, waiting at most {@link #STOP_WAIT_SECONDS}: ElasticMQ's own stopAndWait can hang for a minute on a
   * connection a client abandoned mid-request (an interrupted poller), which must not hold up a test run or Ctrl-C.
   */
  @Override
  public void close() {
    try {
      Await.result(server.stopAndGetFuture().apply(), Duration.create(STOP_WAIT_SECONDS, TimeUnit.SECONDS));
    } catch (TimeoutException e) {
      System.err.println("ElasticMQ did not stop within " + STOP_WAIT_SECONDS + " s; leaving it to the JVM's exit");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
