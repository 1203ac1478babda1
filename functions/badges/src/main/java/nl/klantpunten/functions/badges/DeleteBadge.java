package nl.klantpunten.functions.badges;

import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.badge.BadgeId;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.store.BadgeStore;

/**
 * DELETE /v1/badges/{badgeId}: 204; 404 if none. Holders lose it (and its holder row) at their next evaluation; the
 * first-unlock history keeps it by id.
 */
final class DeleteBadge implements Operation {
  private final BadgeStore badges;

  DeleteBadge(BadgeStore badges) {
    this.badges = badges;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    BadgeId id = new BadgeId(request.pathParam("badgeId"));
    if (!badges.delete(request.principal().programId(), id)) {
      throw new NotFoundException("badge", "badgeId", id.value());
    }
    return ApiResponse.noContent();
  }
}
