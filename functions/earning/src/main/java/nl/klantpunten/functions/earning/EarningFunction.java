package nl.klantpunten.functions.earning;

import static nl.klantpunten.api.Route.post;

import java.time.Duration;
import java.util.List;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.api.Roles;
import nl.klantpunten.api.Route;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.settings.SettingsCache;
import nl.klantpunten.dynamodb.DynamoCardStores;
import nl.klantpunten.dynamodb.DynamoStores;

/**
 * Lambda: points that do not come from orders. {@code POST /v1/events}: a webshop reports a customer's
 * registration, newsletter sign-up or review, which earn the program's fixed points. {@code POST /v1/sales}: a
 * vendor records a sale at the till, which earns by the program's ratio. Both are small and read the same cached
 * settings, so they share one function.
 */
public final class EarningFunction extends HttpFunction {

  public EarningFunction() {
    this(Backend.fromEnvironment());
  }

  public EarningFunction(Backend backend) {
    this(backend, SettingsCache.DEFAULT_TTL);
  }

  /** With another settings cache time (tests that change settings between requests use zero). */
  public EarningFunction(Backend backend, Duration settingsTtl) {
    super(backend, routes(backend, settingsTtl));
  }

  private static List<Route> routes(Backend backend, Duration settingsTtl) {
    DynamoStores stores = backend.stores();
    SettingsCache programs = new SettingsCache(stores.programs(), stores.settings(), backend.clock(), settingsTtl);
    return List.of(
        post("/v1/events", new PostEvent(programs, stores.ledger()), Role.WEBSHOP, Role.ADMIN),
        post("/v1/sales", new PostSale(programs, stores.ledger(), stores.cards(),
            DynamoCardStores.over(stores).cardPrograms()), Roles.ADMIN_OR_VENDOR));
  }
}
