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

  public URI dynamoEndpoint() {
    return dynamo.endpoint();
  }

  @Override
  public void close() {
    dynamo.close();
  }
}
