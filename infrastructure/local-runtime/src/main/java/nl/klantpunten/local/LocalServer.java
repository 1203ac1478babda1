package nl.klantpunten.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.klantpunten.api.ApiException;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.EventCodec;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.api.Json;
import nl.klantpunten.api.Problems;

/**
 * An HTTP server on 127.0.0.1 that stands in for API Gateway: each request becomes the API Gateway HTTP API v2
 * event ({@link GatewayEvents}), goes to the handler of the function whose route matches ({@link RouteTable}),
 * through the same {@code handleRequest} Lambda calls, and the handler's response is written back as is.
 *
 * <p>Bodies up to {@link #MAX_FORWARDED_BODY} bytes are passed on whole, so the handler itself refuses those over
 * its 64 KiB limit, as in AWS. Larger ones are never held in memory: the server answers the same 413 itself after
 * reading at most that much (API Gateway too refuses payloads over its own limit before any Lambda runs).
 */
public final class LocalServer implements AutoCloseable {
  static final int MAX_FORWARDED_BODY = 1024 * 1024;
  private static final long MAX_DISCARDED_BODY = 64L * 1024 * 1024;
  private final HttpServer server;
  private final ExecutorService executor;
  private final RouteTable routes;
  private final Clock clock;
  private final Consumer<String> accessLog;

  private LocalServer(HttpServer server, ExecutorService executor, RouteTable routes, Clock clock,
      Consumer<String> accessLog) {
    this.server = server;
    this.executor = executor;
    this.routes = routes;
    this.clock = clock;
    this.accessLog = accessLog;
  }

  /**
   * Starts serving the functions on 127.0.0.1.
   *
   * @param port the port, or 0 for any free one (see {@link #port()})
   * @param accessLog receives one line per request
   * @throws UncheckedIOException when the port cannot be bound (its cause is then a {@link java.net.BindException})
   */
  public static LocalServer start(int port, List<HttpFunction> functions, Clock clock, Consumer<String> accessLog) {
    RouteTable routes = new RouteTable(functions);
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 64);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
    }
    ExecutorService executor = Executors.newFixedThreadPool(
        Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), daemonThreads());
    LocalServer local = new LocalServer(server, executor, routes, clock, accessLog);
    server.createContext("/", local::serve);
    server.setExecutor(executor);
    server.start();
    return local;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port());
  }

  private void serve(HttpExchange exchange) {
    long started = System.nanoTime();
    String requestId = UUID.randomUUID().toString();
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    try (exchange) {
      APIGatewayV2HTTPResponse response;
      try {
        response = respond(exchange, method, requestId);
      } catch (RuntimeException | Error e) {
        // what API Gateway answers when the function fails instead of returning an error response
        System.err.println("local server: " + method + " " + exchange.getRequestURI() + " failed: " + e);
        e.printStackTrace();
        response = EventCodec.encode(Problems.from(new IllegalStateException(e), requestId));
      }
      accessLog.accept(method + " " + exchange.getRequestURI() + " -> " + response.getStatusCode() + " ("
          + (System.nanoTime() - started) / 1_000_000 + " ms)");
      write(exchange, response, requestId);
    } catch (IOException e) {
      System.err.println("local server: could not answer " + method + " " + exchange.getRequestURI() + ": " + e);
    }
  }

  private APIGatewayV2HTTPResponse respond(HttpExchange exchange, String method, String requestId)
      throws IOException {
    byte[] body = exchange.getRequestBody().readNBytes(MAX_FORWARDED_BODY + 1);
    if (body.length > MAX_FORWARDED_BODY) {
      discardRest(exchange.getRequestBody());
      return EventCodec.encode(Problems.problem(413, "BODY_TOO_LARGE", "Body too large",
          "body: at most " + EventCodec.MAX_BODY_BYTES + " bytes, got more than " + MAX_FORWARDED_BODY, List.of(),
          requestId));
    }
    IncomingRequest request = IncomingRequest.from(exchange, body);
    RouteTable.Target target;
    try {
      target = routes.find(method, request.path());
    } catch (ApiException noRoute) {
      return EventCodec.encode(Problems.from(noRoute, requestId));
    }
    Instant now = clock.instant();
    APIGatewayV2HTTPEvent event = GatewayEvents.build(request, target.route(), target.pathParameters(), requestId, now);
    HttpFunction function = target.function();
    return function.handleRequest(event,
        LocalContext.start(requestId, function.getClass().getSimpleName(), clock));
  }

  /** Reads and drops what is left of an oversized body, so the client gets to read the 413; gives up past a cap. */
  private static void discardRest(InputStream in) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long discarded = 0;
    int read;
    while (discarded < MAX_DISCARDED_BODY && (read = in.read(buffer)) >= 0) {
      discarded += read;
    }
  }

  private static void write(HttpExchange exchange, APIGatewayV2HTTPResponse response, String requestId)
      throws IOException {
    Headers headers = exchange.getResponseHeaders();
    if (response.getHeaders() != null) {
      response.getHeaders().forEach(headers::set);
    }
    if (response.getMultiValueHeaders() != null) {
      response.getMultiValueHeaders().forEach((name, values) -> values.forEach(v -> headers.add(name, v)));
    }
    if (response.getCookies() != null) {
      response.getCookies().forEach(cookie -> headers.add("set-cookie", cookie));
    }
    headers.set("apigw-requestid", requestId);
    String text = response.getBody();
    byte[] body = text == null ? new byte[0]
        : response.getIsBase64Encoded() ? Base64.getDecoder().decode(text) : text.getBytes(StandardCharsets.UTF_8);
    int status = response.getStatusCode();
    boolean noBody = body.length == 0 || status == 204 || status == 304
        || exchange.getRequestMethod().equalsIgnoreCase("HEAD");
    exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
    if (!noBody) {
      exchange.getResponseBody().write(body);
    }
  }

  /**
   * Serves {@code GET path} with the JSON of {@code body}: local-only views such as the captured emails, which no
   * deployed function offers (so they sit outside /v1 and need no API key; the server listens on 127.0.0.1 only).
   */
  public void serveJson(String path, Supplier<Object> body) {
    server.createContext(path, exchange -> {
      try (exchange) {
        boolean get = exchange.getRequestMethod().equalsIgnoreCase("GET");
        byte[] bytes = (get ? Json.write(body.get()) : "{\"title\":\"Method not allowed\"}")
            .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("content-type", get ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(get ? 200 : 405, bytes.length);
        exchange.getResponseBody().write(bytes);
        accessLog.accept(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " -> " + (get ? 200 : 405));
      }
    });
  }

  /** Stops accepting requests, lets running ones finish (up to a few seconds) and releases the port. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "local-http-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
