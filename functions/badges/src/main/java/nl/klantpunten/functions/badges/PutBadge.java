package nl.klantpunten.functions.badges;

import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.badge.Badge;
import nl.klantpunten.core.badge.BadgeId;
import nl.klantpunten.core.badge.BadgeInput;
import nl.klantpunten.core.error.ConflictException;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.BadgeStore;

/**
 * PUT /v1/badges/{badgeId} {title, description, iconUrl, fromPoints, toPoints|null}: 201 created, 200 replaced;
 * 409 CATALOG_FULL beyond {@link Badge#MAX_PER_PROGRAM} badges. Customers are re-evaluated on their next balance
 * change.
 */
final class PutBadge implements Operation {
  private final BadgeStore badges;

  PutBadge(BadgeStore badges) {
    this.badges = badges;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    ProgramId program = request.principal().programId();
    BadgeId id = new BadgeId(request.pathParam("badgeId"));
    Badge badge = BadgeInput.parse(id, request.json().asMap());
    var catalog = badges.catalog(program);
    if (catalog.badge(id).isEmpty() && catalog.badges().size() >= Badge.MAX_PER_PROGRAM) {
      throw new ConflictException("CATALOG_FULL", "badgeId",
          "a program has at most " + Badge.MAX_PER_PROGRAM + " badges; delete one first");
    }
    boolean created = badges.put(program, badge);
    return ApiResponse.json(created ? 201 : 200, CatalogJson.badge(badge));
  }
}
