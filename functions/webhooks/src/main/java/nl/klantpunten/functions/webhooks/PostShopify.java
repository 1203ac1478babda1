package nl.klantpunten.functions.webhooks;

import java.util.List;
import java.util.Map;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.JsonBody;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.redemption.RedeemingOrders;
import nl.klantpunten.core.settings.ProgramConfig;
import nl.klantpunten.core.webhook.Platform;

/**
 * POST /v1/webhooks/shopify?program=prg_…: Shopify's orders/* webhooks (create, updated, paid, fulfilled,
 * cancelled) and refunds/create, signed with X-Shopify-Hmac-Sha256 (the app's client secret). The topic comes
 * from X-Shopify-Topic, or from the body's shape when the header is missing. Other topics are answered 200 and
 * ignored. A refund that, with the earlier ones, refunds the whole order also returns the points its checkout
 * redemption spent (once, whichever topic comes first).
 */
final class PostShopify implements Operation {
  static final String SIGNATURE = "X-Shopify-Hmac-Sha256";
  static final String ACTOR = "webhook:shopify";
  private final SignedDelivery signed;
  private final RedeemingOrders redeeming;

  PostShopify(SignedDelivery signed, RedeemingOrders redeeming) {
    this.signed = signed;
    this.redeeming = redeeming;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    ProgramConfig config = signed.verify(request, Platform.SHOPIFY, SIGNATURE);
    String topic = request.header("x-shopify-topic");
    Map<String, Object> body = JsonBody.parse(request.body()).asMap();
    if ("refunds/create".equals(topic) || (topic == null && ShopifyFormat.isRefund(body))) {
      ShopifyFormat.Refunded refunded = ShopifyFormat.parseRefund(body, config.currency());
      return ApiResponse.ok(OrderJson.counted(config,
          redeeming.applyRefunds(config, refunded.order(), List.of(refunded.refund()), ACTOR)));
    }
    if (topic != null && (!topic.startsWith("orders/") || topic.equals("orders/delete"))) {
      return ApiResponse.ok(OrderJson.ignored("TOPIC_NOT_HANDLED", "topic " + topic + " does not earn"));
    }
    if (!body.containsKey("line_items") || !body.containsKey("currency")) {
      return ApiResponse.ok(OrderJson.ignored("NOT_AN_ORDER", "the body carries no order lines and currency"));
    }
    return ApiResponse.ok(OrderJson.counted(config, redeeming.applyDiscountInLines(config, ShopifyFormat.parseOrder(body), ACTOR)));
  }
}
