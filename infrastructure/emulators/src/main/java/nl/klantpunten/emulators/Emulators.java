package nl.klantpunten.emulators;

import java.net.URI;
import java.nio.file.Path;

/**
 * The AWS emulators one JVM needs, started once. Tests get them through {@link EmulatorsExtension}; the local stack
 * starts its own.
 */
public final class Emulators implements AutoCloseable {
  private final DynamoDbEmulator dynamo;

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

  @Override
  public void close() {
    dynamo.close();
  }
}
