package nl.klantpunten.functions.badges;

import java.util.Map;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.store.BadgeStore;

/** GET /v1/rewards → {items: [...]} cheapest first (at most 25, so no paging). */
final class ListRewards implements Operation {
  private final BadgeStore catalogs;

  ListRewards(BadgeStore catalogs) {
    this.catalogs = catalogs;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    return ApiResponse.ok(Map.of("items",
        catalogs.catalog(request.principal().programId()).rewards().stream().map(CatalogJson::reward).toList()));
  }
}
