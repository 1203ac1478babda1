package nl.klantpunten.local;

import com.sun.net.httpserver.HttpExchange;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request as it arrived at the local server, before it becomes an API Gateway event. Kept apart from
 * {@link HttpExchange} so the event translation can be tested without a socket.
 *
 * @param uri the request target as sent (still percent-encoded)
 * @param headers header names as sent, each with all its values in order
 * @param body the body bytes; empty when there was none
 */
record IncomingRequest(
    String method, URI uri, String protocol, Map<String, List<String>> headers, byte[] body, String sourceIp) {

  static IncomingRequest from(HttpExchange exchange, byte[] body) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
    InetSocketAddress remote = exchange.getRemoteAddress();
    String sourceIp = remote == null || remote.getAddress() == null ? "127.0.0.1" : remote.getAddress().getHostAddress();
    return new IncomingRequest(exchange.getRequestMethod(), exchange.getRequestURI(), exchange.getProtocol(), headers,
        body, sourceIp);
  }

  /** The decoded path, as API Gateway HTTP APIs pass it in {@code rawPath} and {@code requestContext.http.path}. */
  String path() {
    String path = uri.getPath();
    return path == null || path.isEmpty() ? "/" : path;
  }
}
