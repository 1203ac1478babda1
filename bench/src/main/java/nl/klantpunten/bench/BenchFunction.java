package nl.klantpunten.bench;

import java.util.function.Function;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.HttpFunction;

/**
 * A deployable function as the benchmark knows it: its module folder under functions/ (where its
 * {@code target/*-lambda.jar} is), the handler class Lambda instantiates, how to build it in-process over a counted
 * backend, and the one request its cold start is timed with.
 */
public record BenchFunction(String module, String handlerClass, Function<Backend, HttpFunction> inProcess,
    ColdRequest coldRequest) {

  /** A request the cold-start launcher sends; {customer} is replaced by an existing customer's id. */
  public record ColdRequest(String method, String path, String body) {
    public static ColdRequest get(String path) {
      return new ColdRequest("GET", path, null);
    }

    public static ColdRequest post(String path, String body) {
      return new ColdRequest("POST", path, body);
    }
  }
}
