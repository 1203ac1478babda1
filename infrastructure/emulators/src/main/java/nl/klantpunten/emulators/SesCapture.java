package nl.klantpunten.emulators;

import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An SES v2 endpoint that sends nothing: it answers {@code POST /v2/email/outbound-emails} (SendEmail) like SES
 * does, keeps each email and, when given a folder, writes it as an {@code .eml} file a mail program opens. No Java
 * SES emulator exists; with this one the product's real {@code SesV2Client} adapter runs unchanged in tests and on
 * the local stack. {@link #failNext} makes the next call fail with a 500, to test what a failed send does.
 */
public final class SesCapture implements AutoCloseable {
  private final HttpServer server;
  private final Path emlDir;
  private final List<CapturedEmail> emails = new CopyOnWriteArrayList<>();
  private final AtomicBoolean failNext = new AtomicBoolean();

  private SesCapture(HttpServer server, Path emlDir) {
    this.server = server;
    this.emlDir = emlDir;
  }

  /** @param emlDir where to write each email as {@code <messageId>.eml}, or null to keep them in memory only */
  public static SesCapture start(int port, Path emlDir) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
      SesCapture capture = new SesCapture(server, emlDir);
      server.createContext("/v2/email/outbound-emails", capture::handle);
      server.start();
      if (emlDir != null) {
        Files.createDirectories(emlDir);
      }
      return capture;
    } catch (IOException e) {
      throw new UncheckedIOException("the SES capture endpoint did not start on port " + port, e);
    }
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public List<CapturedEmail> emails() {
    return List.copyOf(emails);
  }

  /** The emails sent to {@code address}, oldest first. */
  public List<CapturedEmail> emailsTo(String address) {
    return emails.stream().filter(e -> e.to().contains(address)).toList();
  }

  public Path emlDir() {
    return emlDir;
  }

  /** The next SendEmail call gets a 500 and is not captured. */
  public void failNext() {
    failNext.set(true);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      if (!"POST".equals(exchange.getRequestMethod())) {
        respond(exchange, 405, "{\"message\":\"only POST\"}");
        return;
      }
      if (failNext.getAndSet(false)) {
        respond(exchange, 500, "{\"message\":\"simulated SES failure\"}");
        return;
      }
      CapturedEmail email;
      try {
        email = CapturedEmail.fromSendEmail("local-" + UUID.randomUUID(), JSON.std.mapFrom(body), Instant.now());
      } catch (RuntimeException e) {
        respond(exchange, 400, "{\"__type\":\"BadRequestException\",\"message\":\"" + e.getMessage()
            .replace('"', '\'') + "\"}");
        return;
      }
      if (emlDir != null) {
        // the file first: whoever sees the email in the list can open its file
        Files.writeString(emlDir.resolve(email.messageId() + ".eml"), email.toEml(), StandardCharsets.UTF_8);
      }
      emails.add(email);
      respond(exchange, 200, "{\"MessageId\":\"" + email.messageId() + "\"}");
    }
  }

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
