package nl.klantpunten.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Finds the route of a request: 404 when no path matches, 405 (with the allowed methods) when only the method is wrong. */
public final class Router {
  private final List<Route> routes;

  public Router(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  public List<Route> routes() {
    return routes;
  }

  public Matched find(String method, String path) {
    TreeSet<String> allowed = new TreeSet<>();
    for (Route route : routes) {
      Optional<Map<String, String>> params = route.path().match(path);
      if (params.isPresent()) {
        if (route.method().equals(method)) {
          return new Matched(route, params.get());
        }
        allowed.add(route.method());
      }
    }
    if (!allowed.isEmpty()) {
      throw new ApiException(405, "METHOD_NOT_ALLOWED", "Method not allowed",
          method + " is not allowed here; use " + String.join(", ", allowed), "method", "allowed");
    }
    throw new ApiException(404, "NO_SUCH_ROUTE", "Not found", "no route " + method + " " + path, "path", "route");
  }

  public record Matched(Route route, Map<String, String> params) {}
}
