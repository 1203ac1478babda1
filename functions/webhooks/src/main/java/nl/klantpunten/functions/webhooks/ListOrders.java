package nl.klantpunten.functions.webhooks;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.api.Representations;
import nl.klantpunten.core.earning.OrderState;
import nl.klantpunten.core.earning.SkippedOrders;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.page.Page;

/**
 * GET /v1/orders?status=skipped (admin): the program's orders recorded as skipped, newest first, each with the
 * reason it earned nothing (GUEST_ORDER, TEST_ORDER, EARNING_DISABLED, CURRENCY_MISMATCH). Paged with
 * {@code limit} (1-100, default 50) and {@code cursor} like every list.
 */
final class ListOrders implements Operation {
  private final SkippedOrders skipped;

  ListOrders(SkippedOrders skipped) {
    this.skipped = skipped;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    String status = request.queryParam("status");
    if (!"skipped".equals(status)) {
      throw ValidationException.of("status", "enum", "the orders that can be listed: status=skipped");
    }
    Page<OrderState> page = skipped.list(request.principal().programId(),
        request.intParam("limit", SkippedOrders.DEFAULT_LIMIT, 1, SkippedOrders.MAX_LIMIT),
        request.queryParam("cursor"));
    return ApiResponse.ok(Representations.page(page, ListOrders::order));
  }

  private static Map<String, Object> order(OrderState o) {
    Map<String, Object> m = new LinkedHashMap<>();
    int colon = o.orderKey().indexOf(':');
    m.put("orderKey", o.orderKey());
    m.put("source", colon < 0 ? null : o.orderKey().substring(0, colon));
    m.put("orderId", colon < 0 ? o.orderKey() : o.orderKey().substring(colon + 1));
    m.put("status", "skipped");
    m.put("reason", o.reason());
    m.put("customerId", o.customerId() == null ? null : o.customerId().value());
    m.put("createdAt", o.createdAt().toString());
    return m;
  }
}
