package nl.klantpunten.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Json;

/** Real HTTP calls to a running local server, as curl would make them, with an API key. */
final class HttpCalls {
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();
  private final URI base;
  private final String apiKey;

  HttpCalls(URI base, String apiKey) {
    this.base = base;
    this.apiKey = apiKey;
  }

  HttpCalls as(String otherKey) {
    return new HttpCalls(base, otherKey);
  }

  Reply get(String pathAndQuery) {
    return send("GET", pathAndQuery, null, Map.of());
  }

  Reply put(String path, String json) {
    return send("PUT", path, json, Map.of("content-type", "application/json"));
  }

  Reply post(String path, String json) {
    return send("POST", path, json, Map.of("content-type", "application/json"));
  }

  Reply delete(String path) {
    return send("DELETE", path, null, Map.of());
  }

  Reply send(String method, String pathAndQuery, String body, Map<String, String> headers) {
    return sendPublisher(method, pathAndQuery,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body), headers);
  }

  Reply sendPublisher(String method, String pathAndQuery, HttpRequest.BodyPublisher body,
      Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
        .timeout(Duration.ofSeconds(60))
        .method(method, body);
    if (apiKey != null) {
      request.header("Authorization", "Bearer " + apiKey);
    }
    headers.forEach(request::header);
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response: status, headers (names lower-case) and body, with JSON helpers. */
  record Reply(int status, Map<String, List<String>> headers, String body) {
    String header(String name) {
      List<String> values = headers.get(name.toLowerCase());
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    String contentType() {
      return header("content-type");
    }

    Map<String, Object> json() {
      try {
        return Json.readObject(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    String string(String field) {
      return (String) json().get(field);
    }

    long number(String field) {
      return ((Number) json().get(field)).longValue();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items() {
      return (List<Map<String, Object>>) json().get("items");
    }

    @SuppressWarnings("unchecked")
    String problemField() {
      List<Map<String, Object>> errors = (List<Map<String, Object>>) json().get("errors");
      return errors == null || errors.isEmpty() ? null : (String) errors.get(0).get("field");
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
