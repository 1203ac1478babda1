package nl.klantpunten.functions.webhooks;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.webhook.WebhookSignature;

/** Sends a platform's webhook delivery as API Gateway would hand it over: no API key, the platform's headers. */
final class Deliveries {
  private final HttpFunction function;
  private final ProgramId program;

  Deliveries(HttpFunction function, ProgramId program) {
    this.function = function;
    this.program = program;
  }

  static String sign(String secret, String body) {
    return WebhookSignature.sign(secret, body.getBytes(StandardCharsets.UTF_8));
  }

  /** A WooCommerce delivery with the headers WC_Webhook::deliver() sets; {@code signature} null leaves it out. */
  Http.Result woo(String topic, String body, String signature) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("User-Agent", "WooCommerce/9.4.2 Hookshot (WordPress/6.7)");
    headers.put("X-WC-Webhook-Source", "https://shop.example.com/");
    headers.put("X-WC-Webhook-Topic", topic);
    headers.put("X-WC-Webhook-Resource", topic.split("\\.")[0]);
    headers.put("X-WC-Webhook-Event", topic.split("\\.")[1]);
    headers.put("X-WC-Webhook-ID", "3");
    headers.put("X-WC-Webhook-Delivery-ID", "36e520ebabc2fa725092ff4a47acedf2");
    if (signature != null) {
      headers.put("X-WC-Webhook-Signature", signature);
    }
    return send("/v1/webhooks/woocommerce?program=" + program.value(), body, headers);
  }

  /** A Shopify delivery with the headers its docs list; {@code signature} null leaves it out. */
  Http.Result shopify(String topic, String body, String signature) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Shopify-Topic", topic);
    headers.put("X-Shopify-Shop-Domain", "kp-test.myshopify.com");
    headers.put("X-Shopify-API-Version", "2026-07");
    headers.put("X-Shopify-Webhook-Id", "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043");
    headers.put("X-Shopify-Triggered-At", "2026-03-02T10:00:00.000Z");
    if (signature != null) {
      headers.put("X-Shopify-Hmac-Sha256", signature);
    }
    return send("/v1/webhooks/shopify?program=" + program.value(), body, headers);
  }

  Http.Result send(String pathAndQuery, String body, Map<String, String> headers) {
    return Http.run(function, Http.event("POST", pathAndQuery, body, null, headers));
  }
}
