package nl.klantpunten.emulators;

import java.net.URI;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/**
 * ElasticMQ inside this JVM: an SQS-compatible endpoint (queues, batches, visibility, redrive to a dead-letter
 * queue after {@code maxReceiveCount}) that the real {@code SqsClient} talks to unchanged. Queues are in memory.
 */
public final class SqsEmulator implements AutoCloseable {
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

  @Override
  public void close() {
    server.stopAndWait();
  }
}
