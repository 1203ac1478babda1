package nl.klantpunten.functions.settings;

import static nl.klantpunten.api.Route.delete;
import static nl.klantpunten.api.Route.get;
import static nl.klantpunten.api.Route.post;
import static nl.klantpunten.api.Route.put;

import java.util.List;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.api.Roles;
import nl.klantpunten.api.Route;
import nl.klantpunten.dynamodb.DynamoStores;

/**
 * Lambda: what an admin configures about earning and notifications. The program's settings (one versioned document,
 * ETag/If-Match), products' own earning rules, the secrets WooCommerce and Shopify sign their webhooks with
 * (write-only), and the email templates per notification type and language.
 */
public final class SettingsFunction extends HttpFunction {

  public SettingsFunction() {
    this(Backend.fromEnvironment());
  }

  public SettingsFunction(Backend backend) {
    super(backend, routes(backend));
  }

  private static List<Route> routes(Backend backend) {
    DynamoStores stores = backend.stores();
    return List.of(
        get("/v1/settings", new GetSettings(stores.programs(), stores.settings()), Roles.ADMIN),
        put("/v1/settings", new PutSettings(stores.programs(), stores.settings(), backend.clock()), Roles.ADMIN),
        get("/v1/integrations/{platform}", new GetIntegration(stores.integrations()), Roles.ADMIN),
        put("/v1/integrations/{platform}", new PutIntegration(stores.integrations(), backend.clock()), Roles.ADMIN),
        get("/v1/products/{productId}/earning", new GetProductEarning(stores.productEarning()), Roles.ADMIN),
        put("/v1/products/{productId}/earning", new PutProductEarning(stores.productEarning(), backend.clock()),
            Roles.ADMIN),
        delete("/v1/products/{productId}/earning", new DeleteProductEarning(stores.productEarning()), Roles.ADMIN),
        get("/v1/templates/{type}/{language}", new GetTemplate(stores.templates()), Roles.ADMIN),
        put("/v1/templates/{type}/{language}", new PutTemplate(stores.templates(), backend.clock()), Roles.ADMIN),
        post("/v1/templates/{type}/{language}/preview", new PreviewTemplate(stores.templates()), Roles.ADMIN));
  }
}
