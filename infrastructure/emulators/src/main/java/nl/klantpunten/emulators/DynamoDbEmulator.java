package nl.klantpunten.emulators;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** DynamoDB Local inside this JVM: in memory, or persisted to a folder. Telemetry off. */
public final class DynamoDbEmulator implements AutoCloseable {
  private final DynamoDBProxyServer server;
  private final URI endpoint;

  private DynamoDbEmulator(DynamoDBProxyServer server, URI endpoint) {
    this.server = server;
    this.endpoint = endpoint;
  }

  /** @param dataDir where to keep the data, or null for in-memory */
  public static DynamoDbEmulator start(int port, Path dataDir) {
    return start(port, dataDir, false);
  }

  /**
   * @param dataDir where to keep the data, or null for in-memory
   * @param sharedDb one database for every client; without it DynamoDB Local keeps a database per access key and
   *     region, so a tool with other credentials (the aws CLI, the admin CLI) would see an empty table
   */
  public static DynamoDbEmulator start(int port, Path dataDir, boolean sharedDb) {
    List<String> args = new ArrayList<>(List.of("-disableTelemetry", "-port", Integer.toString(port)));
    if (sharedDb) {
      args.add("-sharedDb");
    }
    if (dataDir == null) {
      args.add("-inMemory");
    } else {
      args.addAll(List.of("-dbPath", dataDir.toAbsolutePath().toString()));
    }
    try {
      DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
      server.start();
      return new DynamoDbEmulator(server, URI.create("http://127.0.0.1:" + port));
    } catch (Exception e) {
      throw new IllegalStateException("DynamoDB Local did not start on port " + port, e);
    }
  }

  public URI endpoint() {
    return endpoint;
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("DynamoDB Local did not stop", e);
    }
  }
}
