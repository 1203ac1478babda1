package nl.klantpunten.functions.gifts;

import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.gift.GiftId;
import nl.klantpunten.core.store.GiftStore;

/** DELETE /v1/gifts/{giftId}: the plan stops; gifts already given stay in the ledger. */
final class DeleteGift implements Operation {
  private final GiftStore gifts;

  DeleteGift(GiftStore gifts) {
    this.gifts = gifts;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    GiftId id = new GiftId(request.pathParam("giftId"));
    if (!gifts.delete(request.principal().programId(), id)) {
      throw new NotFoundException("gift", "giftId", id.value());
    }
    return ApiResponse.noContent();
  }
}
