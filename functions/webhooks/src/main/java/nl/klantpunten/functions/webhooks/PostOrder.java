package nl.klantpunten.functions.webhooks;

import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.earning.Order;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.redemption.RedeemingOrders;
import nl.klantpunten.core.settings.ProgramConfig;
import nl.klantpunten.core.settings.SettingsCache;

/**
 * POST /v1/webhooks/orders: the product's own order JSON (see GenericOrderFormat). Always 200 once the order is
 * valid; the body says what happened (earned, reversed, unchanged, waiting, skipped, closed) and why, and, for an
 * order carrying an {@code orderRef}, what happened to its points redemption.
 */
final class PostOrder implements Operation {
  private final SettingsCache programs;
  private final RedeemingOrders earning;

  PostOrder(SettingsCache programs, RedeemingOrders earning) {
    this.programs = programs;
    this.earning = earning;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    ProgramConfig config = programs.find(request.principal().programId())
        .orElseThrow(() -> new NotFoundException("program", request.principal().programId().value()));
    Order order = GenericOrderFormat.parse(request.json().asMap());
    return ApiResponse.ok(OrderJson.counted(config, earning.apply(config, order, request.principal().keyId())));
  }
}
