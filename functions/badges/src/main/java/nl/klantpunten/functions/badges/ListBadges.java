package nl.klantpunten.functions.badges;

import java.util.Map;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.store.BadgeStore;

/** GET /v1/badges → {items: [...]} by range (at most 25, so no paging). */
final class ListBadges implements Operation {
  private final BadgeStore badges;

  ListBadges(BadgeStore badges) {
    this.badges = badges;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    return ApiResponse.ok(Map.of("items",
        badges.catalog(request.principal().programId()).badges().stream().map(CatalogJson::badge).toList()));
  }
}
