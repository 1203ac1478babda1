package nl.klantpunten.functions.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.time.Duration;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.api.testing.TestSettings;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.core.webhook.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every events/webhooks sample runs through the handler. The platform samples are signed with the sample secrets
 * docs/earning.md gives; the test points them at its own program (the signature covers only the body).
 */
@ExtendWith(TestBackend.class)
class WebhookSampleEventsTest {
  static final String WOOCOMMERCE_SAMPLE_SECRET = "kp-sample-woocommerce-secret";
  static final String SHOPIFY_SAMPLE_SECRET = "kp-sample-shopify-secret-0001";

  private static APIGatewayV2HTTPEvent forProgram(APIGatewayV2HTTPEvent event, TestProgram program) {
    event.setQueryStringParameters(Map.of("program", program.id().value()));
    event.setRawQueryString("program=" + program.id().value());
    return event;
  }

  @Test
  void everySampleWorks(Backend backend) {
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP);
    TestSettings.secret(backend, program.id(), Platform.WOOCOMMERCE, WOOCOMMERCE_SAMPLE_SECRET);
    TestSettings.secret(backend, program.id(), Platform.SHOPIFY, SHOPIFY_SAMPLE_SECRET);
    WebhooksFunction function = new WebhooksFunction(backend, Duration.ZERO);
    Http shop = new Http(function, program.key(Role.WEBSHOP));
    Http platform = new Http(function, null);

    var order = shop.run(shop.sample("webhooks/post-order.json"));
    assertEquals(200, order.status(), order.toString());
    assertEquals(20, order.number("earned"), "20.00 EUR at the default 1 point per euro");

    var ping = platform.run(forProgram(platform.sample("webhooks/post-woocommerce-ping.json"), program));
    assertEquals("ping", ping.string("result"));
    var woo = platform.run(forProgram(platform.sample("webhooks/post-woocommerce.json"), program));
    assertEquals(200, woo.status(), woo.toString());
    assertEquals(35, woo.number("earned"));

    var shopify = platform.run(forProgram(platform.sample("webhooks/post-shopify.json"), program));
    assertEquals(200, shopify.status(), shopify.toString());
    assertEquals(45, shopify.number("earned"));
    var refund = platform.run(forProgram(platform.sample("webhooks/post-shopify-refund.json"), program));
    assertEquals(200, refund.status(), refund.toString());
    assertEquals(10, refund.number("reversed"), "12.10 of 54.45: 45 × 1210 / 5445 = 10");
  }

  @Test
  void thePlatformSamplesAreRefusedWithAnotherSecret(Backend backend) {
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP);
    TestSettings.secret(backend, program.id(), Platform.WOOCOMMERCE, "not-the-sample-secret-000");
    Http platform = new Http(new WebhooksFunction(backend, Duration.ZERO), null);
    assertEquals(401, platform.run(forProgram(platform.sample("webhooks/post-woocommerce.json"), program)).status());
  }
}
