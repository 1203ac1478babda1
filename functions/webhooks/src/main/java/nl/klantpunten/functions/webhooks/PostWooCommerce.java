package nl.klantpunten.functions.webhooks;

import java.util.Map;
import java.util.regex.Pattern;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.JsonBody;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.redemption.RedeemingOrders;
import nl.klantpunten.core.settings.ProgramConfig;
import nl.klantpunten.core.webhook.Platform;

/**
 * POST /v1/webhooks/woocommerce?program=prg_…: WooCommerce's order.created / order.updated webhooks, signed with
 * X-WC-Webhook-Signature. WooCommerce checks a new webhook's URL with an unsigned form post {@code webhook_id=<id>}
 * and activates the webhook only on a 200: that ping is answered 200 and does nothing. Refunds arrive as
 * order.updated with the order's {@code refunds} filled. Other topics and deleted orders are answered 200 and
 * ignored (a non-2xx makes WooCommerce retry and, after five failures, disable the webhook). An order with the meta
 * entry {@code klantpunten_order_ref} moves the points redemption the checkout reserved under that reference; its
 * line totals are already after the points discount (applied as a coupon), so nothing more is taken off.
 */
final class PostWooCommerce implements Operation {
  static final String SIGNATURE = "X-WC-Webhook-Signature";
  static final String ACTOR = "webhook:woocommerce";
  private static final Pattern PING = Pattern.compile("webhook_id=[0-9]{1,20}");
  private final SignedDelivery signed;
  private final RedeemingOrders redeeming;

  PostWooCommerce(SignedDelivery signed, RedeemingOrders redeeming) {
    this.signed = signed;
    this.redeeming = redeeming;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    if (request.header(SIGNATURE) == null && request.body() != null && PING.matcher(request.body().strip()).matches()) {
      return ApiResponse.ok(Map.of("result", "ping", "detail", "WooCommerce delivery check answered; nothing done"));
    }
    ProgramConfig config = signed.verify(request, Platform.WOOCOMMERCE, SIGNATURE);
    String topic = request.header("x-wc-webhook-topic");
    if (topic != null && (!topic.startsWith("order.") || topic.equals("order.deleted"))) {
      return ApiResponse.ok(OrderJson.ignored("TOPIC_NOT_HANDLED", "topic " + topic + " does not earn"));
    }
    Map<String, Object> body = JsonBody.parse(request.body()).asMap();
    if (!WooCommerceFormat.isOrder(body)) {
      return ApiResponse.ok(OrderJson.ignored("NOT_AN_ORDER", "the body carries no order status and currency"));
    }
    return ApiResponse.ok(OrderJson.counted(config, redeeming.applyDiscountInLines(config, WooCommerceFormat.parse(body), ACTOR)));
  }
}
