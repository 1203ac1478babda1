package nl.klantpunten.bench.load;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.klantpunten.api.HttpFunction;

/**
 * A stand-in for the local runtime's HTTP server (infrastructure/local-runtime, built in another branch): hosts
 * handlers on loopback the way API Gateway fronts them — each HTTP request becomes an API Gateway v2 event for the
 * function whose routes match the path, and its Lambda response becomes the HTTP response. Only for the load phase;
 * once LocalServer is merged, the load client can be pointed at it instead ({@code --load-url}).
 */
public final class BenchHttpServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final List<HttpFunction> functions;

  private BenchHttpServer(HttpServer server, ExecutorService executor, List<HttpFunction> functions) {
    this.server = server;
    this.executor = executor;
    this.functions = functions;
  }

  public static BenchHttpServer start(List<HttpFunction> functions, int threads) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    BenchHttpServer bench = new BenchHttpServer(server, executor, List.copyOf(functions));
    server.createContext("/", bench::handle);
    server.setExecutor(executor);
    server.start();
    return bench;
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      APIGatewayV2HTTPEvent event = event(exchange);
      HttpFunction function = functions.stream()
          .filter(f -> f.routes().stream().anyMatch(r -> r.path().match(event.getRawPath()).isPresent()))
          .findFirst().orElse(null);
      if (function == null) {
        send(exchange, 404, Map.of("content-type", "application/problem+json"),
            "{\"status\":404,\"title\":\"Not found\"}");
        return;
      }
      APIGatewayV2HTTPResponse response = function.handleRequest(event, null);
      send(exchange, response.getStatusCode(), response.getHeaders(), response.getBody());
    }
  }

  private static APIGatewayV2HTTPEvent event(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    Map<String, String> headers = new HashMap<>();
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readAllBytes();
      body = bytes.length == 0 ? null : new String(bytes, StandardCharsets.UTF_8);
    }
    String rawQuery = uri.getRawQuery() == null ? "" : uri.getRawQuery();
    return APIGatewayV2HTTPEvent.builder()
        .withVersion("2.0")
        .withRouteKey("$default")
        .withRawPath(uri.getRawPath())
        .withRawQueryString(rawQuery)
        .withQueryStringParameters(rawQuery.isEmpty() ? null : query(rawQuery))
        .withHeaders(headers)
        .withBody(body)
        .withIsBase64Encoded(false)
        .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
            .withRequestId(UUID.randomUUID().toString())
            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                .withMethod(exchange.getRequestMethod()).withPath(uri.getRawPath()).build())
            .build())
        .build();
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : raw.split("&")) {
      if (!pair.isEmpty()) {
        String[] kv = pair.split("=", 2);
        params.merge(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
            kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "", (a, b) -> a + "," + b);
      }
    }
    return params;
  }

  private static void send(HttpExchange exchange, int status, Map<String, String> headers, String body)
      throws IOException {
    if (headers != null) {
      headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    }
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
