package nl.klantpunten.emulators;

import java.net.URI;
import java.nio.file.Path;

/**
 * The AWS emulators one JVM needs, started once. Tests get them through {@link EmulatorsExtension}; the local stack
 * starts its own. DynamoDB starts at once; S3, SQS and the SES capture start on first use ({@link #s3Endpoint()},
 * {@link #sqsEndpoint()}, {@link #ses()}), so tests that only need the table do not pay for them.
 */
public final class Emulators implements AutoCloseable {
  private final DynamoDbEmulator dynamo;
  private S3Emulator s3;
  private SqsEmulator sqs;
  private SesCapture ses;

  private Emulators(DynamoDbEmulator dynamo) {
    this.dynamo = dynamo;
  }

  public static Emulators start(Path dataDir) {
    return new Emulators(DynamoDbEmulator.start(FreePort.find(), dataDir));
  }

  /**
   * The emulators of the local stack: DynamoDB Local on the given port (0: any free one), in memory or kept in
   * {@code dataDir}, with one database for every client so the admin CLI and the aws CLI see what the stack wrote.
   */
  public static Emulators forLocalStack(Path dataDir, int dynamoPort) {
    return new Emulators(DynamoDbEmulator.start(dynamoPort == 0 ? FreePort.find() : dynamoPort, dataDir, true));
  }

  public URI dynamoEndpoint() {
    return dynamo.endpoint();
  }

  /** The S3 emulator's endpoint, started on the first call (credentials: {@code AwsClientConfig.local}). */
  public synchronized URI s3Endpoint() {
    if (s3 == null) {
      s3 = S3Emulator.start(FreePort.find());
    }
    return s3.endpoint();
  }

  /** The SQS emulator's (ElasticMQ) endpoint, started on the first call. */
  public synchronized URI sqsEndpoint() {
    if (sqs == null) {
      sqs = SqsEmulator.start(FreePort.find());
    }
    return sqs.endpoint();
  }

  /** The SES capture endpoint, started on the first call; emails stay in memory. */
  public synchronized SesCapture ses() {
    if (ses == null) {
      ses = SesCapture.start(0, null);
    }
    return ses;
  }

  @Override
  public synchronized void close() {
    if (ses != null) {
      ses.close();
    }
    if (sqs != null) {
      sqs.close();
    }
    if (s3 != null) {
      s3.close();
    }
    dynamo.close();
  }
}
