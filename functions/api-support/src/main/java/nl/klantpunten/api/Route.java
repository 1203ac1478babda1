package nl.klantpunten.api;

import java.util.EnumSet;
import java.util.Set;
import nl.klantpunten.core.auth.Role;

/** Method + path → operation, and which roles may call it (none: public, no key needed). */
public record Route(String method, PathTemplate path, Set<Role> roles, Operation operation) {

  public static Route get(String path, Operation operation, Role... roles) {
    return of("GET", path, operation, roles);
  }

  public static Route put(String path, Operation operation, Role... roles) {
    return of("PUT", path, operation, roles);
  }

  public static Route post(String path, Operation operation, Role... roles) {
    return of("POST", path, operation, roles);
  }

  public static Route delete(String path, Operation operation, Role... roles) {
    return of("DELETE", path, operation, roles);
  }

  public static Route publicRoute(String method, String path, Operation operation) {
    return new Route(method, PathTemplate.of(path), Set.of(), operation);
  }

  private static Route of(String method, String path, Operation operation, Role... roles) {
    if (roles.length == 0) {
      throw new IllegalArgumentException("name the roles allowed on " + method + " " + path);
    }
    return new Route(method, PathTemplate.of(path), Set.copyOf(EnumSet.of(roles[0], roles)), operation);
  }

  public boolean isPublic() {
    return roles.isEmpty();
  }

  /** The route as API Gateway names it, e.g. {@code GET /v1/customers/{customerId}}. */
  public String routeKey() {
    return method + " " + path.template();
  }
}
