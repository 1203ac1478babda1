package nl.klantpunten.local;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.api.Route;
import nl.klantpunten.api.Router;

/**
 * Plays API Gateway's part: which function serves a request. It matches over the routes of every function at once,
 * so an unknown path is a 404 and a known path with another method a 405 naming the methods of all functions, in
 * the same problem+json shape the handlers use. Two functions claiming one route is a start-up error, as it would
 * be a deployment error in the template.
 */
final class RouteTable {
  private final Router router;
  private final Map<Route, HttpFunction> owners = new IdentityHashMap<>();

  RouteTable(List<HttpFunction> functions) {
    List<Route> all = new ArrayList<>();
    Map<String, HttpFunction> byRouteKey = new HashMap<>();
    for (HttpFunction function : functions) {
      for (Route route : function.routes()) {
        HttpFunction earlier = byRouteKey.putIfAbsent(route.routeKey(), function);
        if (earlier != null) {
          throw new IllegalStateException(route.routeKey() + " is served by both "
              + earlier.getClass().getSimpleName() + " and " + function.getClass().getSimpleName());
        }
        owners.put(route, function);
        all.add(route);
      }
    }
    this.router = new Router(all);
  }

  /** The function, route and path parameters for a request; throws the 404/405 {@code ApiException} otherwise. */
  Target find(String method, String path) {
    Router.Matched matched = router.find(method, path);
    return new Target(owners.get(matched.route()), matched.route(), matched.params());
  }

  List<Route> routes() {
    return router.routes();
  }

  record Target(HttpFunction function, Route route, Map<String, String> pathParameters) {}
}
