package nl.klantpunten.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.klantpunten.api.ApiException;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.api.Route;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.functions.customers.CustomersFunction;
import nl.klantpunten.functions.ledger.LedgerFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The local stack serves every function, each route from exactly one of them. */
@ExtendWith({TestBackend.class, TestCardFiles.Extension.class})
class LocalFunctionsTest {

  @Test
  void servesTheFoundationsFunctions(Backend backend, TestCardFiles cardFiles) {
    Set<Class<?>> classes = new HashSet<>();
    LocalFunctions.all(backend, cardFiles.store()).forEach(f -> classes.add(f.getClass()));
    assertTrue(classes.containsAll(Set.of(CustomersFunction.class, LedgerFunction.class)), classes.toString());
  }

  @Test
  void everyRouteHasOneOwner(Backend backend, TestCardFiles cardFiles) {
    List<HttpFunction> functions = LocalFunctions.all(backend, cardFiles.store());
    RouteTable table = new RouteTable(functions);
    for (HttpFunction function : functions) {
      for (Route route : function.routes()) {
        String path = route.path().template().replaceAll("\\{[^}]+}", "x");
        RouteTable.Target target = table.find(route.method(), path);
        assertEquals(route.routeKey(), target.route().routeKey(), path);
      }
    }
  }

  @Test
  void twoFunctionsClaimingOneRouteIsAStartUpError(Backend backend, TestCardFiles cardFiles) {
    var e = assertThrows(IllegalStateException.class,
        () -> new RouteTable(List.of(new CustomersFunction(backend), new CustomersFunction(backend))));
    assertTrue(e.getMessage().contains("PUT /v1/customers/{customerId}"), e.getMessage());
  }

  @Test
  void unknownPathAndWrongMethod(Backend backend, TestCardFiles cardFiles) {
    RouteTable table = new RouteTable(LocalFunctions.all(backend, cardFiles.store()));
    assertEquals(404, assertThrows(ApiException.class, () -> table.find("GET", "/v1/nothing")).status());
    assertEquals(405, assertThrows(ApiException.class, () -> table.find("PATCH", "/v1/customers/x")).status());
  }
}
