package nl.klantpunten.functions.webhooks;

import static nl.klantpunten.api.Route.get;
import static nl.klantpunten.api.Route.post;
import static nl.klantpunten.api.Route.publicRoute;

import java.time.Duration;
import java.util.List;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.api.Route;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.earning.EarnFromOrder;
import nl.klantpunten.core.redemption.OrderRedemption;
import nl.klantpunten.core.redemption.RedeemingOrders;
import nl.klantpunten.core.settings.SettingsCache;
import nl.klantpunten.dynamodb.DynamoStores;

/**
 * Lambda: orders come in and earn. {@code POST /v1/webhooks/orders} takes the product's own order JSON from a
 * webshop (or admin) key; {@code /v1/webhooks/woocommerce} and {@code /v1/webhooks/shopify} take each platform's
 * own webhook, authenticated only by its signature (public routes, program in {@code ?program=}). An order that
 * carries an {@code orderRef} (own JSON: the field; platforms: the {@code klantpunten_order_ref} meta entry or note
 * attribute) also commits, releases or returns the points the checkout reserved under it (docs/redemption.md) and
 * earns on what was paid after that discount. Program settings
 * are cached per container for {@link SettingsCache#DEFAULT_TTL}. {@code GET /v1/orders?status=skipped} (admin)
 * lists the orders recorded as skipped, with their reasons. Bodies up to 1 MiB: a platform's order with many
 * lines is larger than the API's usual 64 KiB.
 */
public final class WebhooksFunction extends HttpFunction {
  static final int MAX_BODY_BYTES = 1024 * 1024;

  public WebhooksFunction() {
    this(Backend.fromEnvironment());
  }

  public WebhooksFunction(Backend backend) {
    this(backend, SettingsCache.DEFAULT_TTL);
  }

  /** With another settings cache time (tests that change settings between deliveries use zero). */
  public WebhooksFunction(Backend backend, Duration settingsTtl) {
    super(backend, routes(backend, settingsTtl));
  }

  private static List<Route> routes(Backend backend, Duration settingsTtl) {
    DynamoStores stores = backend.stores();
    SettingsCache programs = new SettingsCache(stores.programs(), stores.settings(), backend.clock(), settingsTtl);
    EarnFromOrder earning = new EarnFromOrder(stores.orders(), stores.customers(), stores.productEarning(),
        backend.clock());
    SignedDelivery signed = new SignedDelivery(programs, stores.integrations());
    RedeemingOrders redeeming = new RedeemingOrders(earning,
        new OrderRedemption(stores.redemptions(), backend.clock()), stores.orderRedemptionRefs());
    return List.of(
        post("/v1/webhooks/orders", new PostOrder(programs, redeeming), Role.WEBSHOP, Role.ADMIN),
        get("/v1/orders", new ListOrders(stores.skippedOrders()), Role.ADMIN),
        publicRoute("POST", "/v1/webhooks/woocommerce", new PostWooCommerce(signed, redeeming)),
        publicRoute("POST", "/v1/webhooks/shopify", new PostShopify(signed, redeeming)));
  }

  @Override
  protected int maxBodyBytes() {
    return MAX_BODY_BYTES;
  }
}
