package nl.klantpunten.functions.badges;

import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.badge.BadgeId;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.store.BadgeStore;

/** GET /v1/badges/{badgeId}; 404 when the program has no such badge. */
final class GetBadge implements Operation {
  private final BadgeStore badges;

  GetBadge(BadgeStore badges) {
    this.badges = badges;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    BadgeId id = new BadgeId(request.pathParam("badgeId"));
    return badges.find(request.principal().programId(), id)
        .map(b -> ApiResponse.ok(CatalogJson.badge(b)))
        .orElseThrow(() -> new NotFoundException("badge", "badgeId", id.value()));
  }
}
