package nl.klantpunten.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.Env;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.dynamodb.DynamoCardStores;
import nl.klantpunten.dynamodb.TableSchema;
import nl.klantpunten.emulators.Emulators;
import nl.klantpunten.functions.checkout.RedemptionSweepFunction;
import nl.klantpunten.functions.stream.StreamProcessors;
import nl.klantpunten.s3.S3CardFileStore;
import nl.klantpunten.s3.S3Clients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The local stack: the product's HTTP functions on 127.0.0.1 over DynamoDB Local inside this JVM (and the stream
 * function fed from DynamoDB Local's stream by {@link LocalStreamPoller}, the hourly gift run by
 * {@link LocalGiftSchedule}, whose batches go through ElasticMQ to the gift batch function as deployed: {@link
 * LocalGiftBatches}), so the whole API can be tried and inspected without AWS or Docker. Notifications run
 * too (outbox relay, ElasticMQ, notifier); their emails are captured, listed at {@code GET /local/emails} and written
 * as {@code .eml} files. On start it creates the table and the demo program (first start
 * only), mints an admin key and prints the base URL, the key and a curl line to paste. Ctrl-C stops it cleanly.
 */
public final class LocalStack implements AutoCloseable {
  public static final String TABLE = "klantpunten-local";
  public static final String CARD_BUCKET = "klantpunten-cards-local";
  static final long SWEEP_MINUTES = 1;
  private final Emulators emulators;
  private final DynamoDbClient dynamo;
  private final LocalServer server;
  private final DemoProgram demo;
  private final DemoVendor vendor;
  private final Logger sqliteLog;
  private final RedemptionSweepFunction sweep;
  private final ScheduledExecutorService sweepTimer;
  private final LocalStreamPoller streamPoller;
  private final LocalGiftSchedule giftSchedule;
  private final LocalNotifications notifications;
  private final LocalGiftBatches giftBatches;

  private LocalStack(Emulators emulators, DynamoDbClient dynamo, LocalServer server, DemoProgram demo,
      DemoVendor vendor, Logger sqliteLog, RedemptionSweepFunction sweep, LocalStreamPoller streamPoller,
      LocalGiftSchedule giftSchedule, LocalNotifications notifications, LocalGiftBatches giftBatches) {
    this.giftBatches = giftBatches;
    this.vendor = vendor;
    this.notifications = notifications;
    this.sqliteLog = sqliteLog;
    this.streamPoller = streamPoller;
    this.giftSchedule = giftSchedule;
    this.sweep = sweep;
    this.sweepTimer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "local-redemption-sweep");
      t.setDaemon(true);
      return t;
    });
    // the deployed sweep runs every 5 minutes on an EventBridge schedule; locally a timer does it every minute
    sweepTimer.scheduleWithFixedDelay(this::sweepQuietly, SWEEP_MINUTES, SWEEP_MINUTES, TimeUnit.MINUTES);
    this.emulators = emulators;
    this.dynamo = dynamo;
    this.server = server;
    this.demo = demo;
  }

  public static void main(String[] args) throws InterruptedException {
    LocalStackOptions options;
    try {
      options = LocalStackOptions.parse(args, name -> Env.optional(name, null));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(LocalStackOptions.USAGE);
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.println(LocalStackOptions.USAGE);
      return;
    }
    LocalStack stack;
    try {
      stack = start(options, System.out);
    } catch (RuntimeException e) {
      System.err.println("The local stack did not start: " + describe(e));
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("Stopping the local stack…");
      stack.close();
      System.out.println("Stopped.");
      stopped.countDown();
    }, "local-stack-shutdown"));
    stopped.await();
  }

  /** Parses the arguments (flags win over {@code environment}) and starts; see {@link #start(LocalStackOptions, PrintStream)}. */
  public static LocalStack run(String[] args, Function<String, String> environment, PrintStream out) {
    return start(LocalStackOptions.parse(args, environment), out);
  }

  /** Starts the emulators, the table, the demo program and the HTTP server, and prints how to use them. */
  static LocalStack start(LocalStackOptions options, PrintStream out) {
    return start(options, out, Clock.systemUTC());
  }

  /** As above with another clock (tests move time to see reservations expire). */
  static LocalStack start(LocalStackOptions options, PrintStream out, Clock clock) {
    Path dataDir = options.dataDir() == null ? null : prepare(options.dataDir());
    Emulators emulators = Emulators.forLocalStack(dataDir, options.dynamoPort());
    // sqlite4java warns "unknown jar version" when first used; DynamoDB Local resets java.util.logging as it
    // starts, so this comes after. java.util.logging holds loggers weakly: the stack keeps a reference.
    Logger sqliteLog = Logger.getLogger("com.almworks.sqlite4java");
    sqliteLog.setLevel(Level.SEVERE);
    DynamoDbClient dynamo = null;
    LocalNotifications notifications = null;
    LocalGiftBatches giftBatches = null;
    try {
      dynamo = AwsClientConfig.local(emulators.dynamoEndpoint()).build(DynamoDbClient.builder());
      TableSchema.createIfMissing(dynamo, TABLE);
      Backend backend = Backend.over(dynamo, TABLE, clock);
      DemoProgram demo = DemoProgram.prepare(backend);
      DemoVendor vendor = DemoVendor.prepare(backend, DynamoCardStores.over(backend.stores()).cardPrograms());
      notifications = LocalNotifications.start(emulators, backend, emailDir(dataDir), dataDir == null);
      giftBatches = LocalGiftBatches.start(emulators, backend);
      LocalServer server = LocalServer.start(options.port(), LocalFunctions.all(backend, cardFiles(emulators)), clock,
          out::println);
      server.serveJson(LocalNotifications.EMAILS_PATH, notifications::emailsJson);
      LocalStreamPoller poller = LocalStreamPoller.start(emulators.dynamoEndpoint(), backend, TABLE,
          StreamProcessors.of(backend, notifications.queue()));
      LocalStack stack = new LocalStack(emulators, dynamo, server, demo, vendor, sqliteLog,
          new RedemptionSweepFunction(backend), poller, LocalGiftSchedule.start(backend, giftBatches.fanOut()),
          notifications, giftBatches);
      stack.printWelcome(out, dataDir);
      return stack;
    } catch (RuntimeException e) {
      if (giftBatches != null) {
        giftBatches.close();
      }
      if (notifications != null) {
        notifications.close();
      }
      if (dynamo != null) {
        dynamo.close();
      }
      emulators.close();
      throw e;
    }
  }

  /** Captured emails go to {@code <data dir>/emails}, or to a fresh temporary folder when data is in memory. */
  private static Path emailDir(Path dataDir) {
    try {
      return dataDir != null ? dataDir.resolve("emails") : Files.createTempDirectory("klantpunten-emails");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a folder for captured emails", e);
    }
  }

  /** The card bucket on the S3 emulator (in memory: card links are short-lived anyway). */
  private static S3CardFileStore cardFiles(Emulators emulators) {
    AwsClientConfig config = AwsClientConfig.local(emulators.s3Endpoint());
    try (S3Client s3 = S3Clients.client(config)) {
      S3Clients.createBucketIfMissing(s3, CARD_BUCKET);
    }
    return S3CardFileStore.over(config, CARD_BUCKET);
  }

  private static Path prepare(Path dataDir) {
    try {
      return Files.createDirectories(dataDir).toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
    }
  }

  public URI baseUri() {
    return server.baseUri();
  }

  /** Where captured emails are written as {@code .eml} files. */
  public Path emailDir() {
    return notifications.emlDir();
  }

  public URI dynamoEndpoint() {
    return emulators.dynamoEndpoint();
  }

  /** The admin key minted for this start, in clear text. */
  public String adminKey() {
    return demo.adminKey();
  }

  /** The vendor key minted for this start, in clear text. */
  public String vendorKey() {
    return vendor.vendorKey();
  }

  private void printWelcome(PrintStream out, Path dataDir) {
    String base = baseUri().toString();
    String auth = "-H 'Authorization: Bearer " + demo.adminKey() + "'";
    out.println();
    out.println("Klantpunten local stack is running.");
    out.println("  Base URL:        " + base);
    out.println("  Program:         " + demo.program().id() + " \"" + demo.program().name() + "\" ("
        + demo.program().currency().getCurrencyCode() + ")" + (demo.created() ? ", created now" : ", found in "
        + dataDir));
    out.println("  Admin API key:   " + demo.adminKey());
    out.println("  Vendor program:  " + vendor.program().id() + " \"" + vendor.program().name() + "\" (loyalty card)");
    out.println("  Vendor API key:  " + vendor.vendorKey());
    out.println("  Enrolment link:  " + base + "/v1/enrol/" + DemoVendor.SLUG + " (public: GET to read, POST to enrol)");
    out.println("  S3 (card PDFs):  " + emulators.s3Endpoint() + " (bucket " + CARD_BUCKET + ", in memory)");
    out.println("  DynamoDB Local:  " + dynamoEndpoint() + " (table " + TABLE + ", "
        + (dataDir == null ? "in memory: data is gone when the stack stops" : "data kept in " + dataDir) + ")");
    out.println("  Emails:          " + base + LocalNotifications.EMAILS_PATH + " (captured, not sent; .eml files in "
        + notifications.emlDir() + ")");
    out.println();
    out.println("Try:");
    out.println("  curl -s -X PUT " + base + "/v1/customers/demo-1 " + auth
        + " -H 'Content-Type: application/json' -d '{\"email\":\"anna@example.com\",\"name\":\"Anna\"}'");
    out.println("  curl -s -X POST " + base + "/v1/customers/demo-1/transactions " + auth
        + " -H 'Content-Type: application/json' -d '{\"points\":500,\"note\":\"welcome gift\"}'");
    out.println("  curl -s " + base + "/v1/customers/demo-1/balance " + auth);
    out.println("  curl -s -X POST " + base + "/v1/enrol/" + DemoVendor.SLUG
        + " -H 'Content-Type: application/json' -d '{\"email\":\"zoe@example.com\",\"name\":\"Zoe\"}'");
    out.println("  curl -s " + base + "/v1/panel/customers -H 'Authorization: Bearer " + vendor.vendorKey() + "'");
    out.println("  curl -s " + base + LocalNotifications.EMAILS_PATH + "   # the points email, a second later");
    out.println();
    out.println("Stop with Ctrl-C.");
    out.flush();
  }

  /** Runs the redemption sweep now, as the schedule would; what it released. */
  public Map<String, Object> sweepRedemptions() {
    return sweep.handleRequest(Map.of(), null);
  }

  private void sweepQuietly() {
    try {
      sweepRedemptions();
    } catch (RuntimeException e) {
      System.err.println("redemption sweep failed (next run in a minute): " + e);
    }
  }

  /**
   * Stops the sweep timer, the stream poller, the HTTP server (letting running requests finish) and the notification
   * path, then the emulators.
   */
  @Override
  public void close() {
    sweepTimer.shutdownNow();
    try {
      giftSchedule.close();
      giftBatches.close();
      streamPoller.close();
      server.close();
      notifications.close();
    } finally {
      dynamo.close();
      emulators.close();
    }
  }

  private static String describe(RuntimeException e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      if (cause.getCause() instanceof BindException) {
        return e.getMessage() + ": the port is in use; pass --port N (or set KLANTPUNTEN_PORT)";
      }
      cause = cause.getCause();
    }
    return String.valueOf(e.getMessage()) + (cause == e ? "" : " (" + cause + ")");
  }
}
