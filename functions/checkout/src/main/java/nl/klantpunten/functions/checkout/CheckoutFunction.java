package nl.klantpunten.functions.checkout;

import static nl.klantpunten.api.Route.get;
import static nl.klantpunten.api.Route.post;

import java.time.Duration;
import java.util.List;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.api.Route;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.redemption.QuoteRedemption;
import nl.klantpunten.core.redemption.ReserveRedemption;
import nl.klantpunten.core.redemption.SettleRedemption;
import nl.klantpunten.core.settings.SettingsCache;
import nl.klantpunten.dynamodb.DynamoStores;

/**
 * Lambda: points as a discount at checkout, for the webshop (and admin) keys. Quote (writes nothing), reserve (the
 * points leave the balance in one conditional transaction), commit, cancel, and read one redemption. The program
 * and its settings are cached per container for {@link SettingsCache#DEFAULT_TTL}, so a quote costs one DynamoDB
 * read (the balance) in the common case.
 */
public final class CheckoutFunction extends HttpFunction {
  private static final Role[] SHOP = {Role.WEBSHOP, Role.ADMIN};

  public CheckoutFunction() {
    this(Backend.fromEnvironment());
  }

  public CheckoutFunction(Backend backend) {
    this(backend, SettingsCache.DEFAULT_TTL);
  }

  /** With another settings cache time (tests that change settings between requests use zero). */
  public CheckoutFunction(Backend backend, Duration settingsTtl) {
    super(backend, routes(backend, settingsTtl));
  }

  private static List<Route> routes(Backend backend, Duration settingsTtl) {
    DynamoStores stores = backend.stores();
    SettingsCache programs = new SettingsCache(stores.programs(), stores.settings(), backend.clock(), settingsTtl);
    SettleRedemption settle = new SettleRedemption(stores.redemptions(), backend.clock());
    return List.of(
        post("/v1/checkout/quote", new PostQuote(programs, new QuoteRedemption(stores.ledger())), SHOP),
        post("/v1/checkout/redemptions", new PostRedemption(programs,
            new ReserveRedemption(stores.redemptions(), backend.clock(), backend.ids())), SHOP),
        get("/v1/checkout/redemptions/{redemptionId}", new GetRedemption(stores.redemptions()), SHOP),
        post("/v1/checkout/redemptions/{redemptionId}/commit", new CommitRedemption(settle), SHOP),
        post("/v1/checkout/redemptions/{redemptionId}/cancel", new CancelRedemption(settle), SHOP));
  }
}
