package nl.klantpunten.core.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The published test vectors of both platforms' own test suites: WooCommerce core's {@code
 * test_generate_signature} (empty secret, payload "secret") and shopify-api-js's validate test (secret
 * "test_secret_key", body {"foo": "bar"}).
 */
class WebhookSignatureTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void wooCommerceCoreVector() {
    assertEquals("GBDo00G55h6IiV+6CxqivQPLbI//KzaOZm747971tPs=", WebhookSignature.sign("", utf8("secret")));
  }

  @Test
  void wooCommerceVectorWithSecretAndBodySwappedDoesNotVerify() {
    assertEquals("+eZuF5tnR65UEI+C+K3os8Jddv0wr95sOVgixTAZYWk=", WebhookSignature.sign("secret", utf8("")));
    assertFalse(WebhookSignature.verify("secret", utf8(""), "GBDo00G55h6IiV+6CxqivQPLbI//KzaOZm747971tPs="));
  }

  @Test
  void shopifyApiJsVector() {
    String body = "{\"foo\": \"bar\"}";
    assertEquals("B23tXN681gZ0qIWNRrgtzBE9XSDo5yaUu6wfmhu3a7g=", WebhookSignature.sign("test_secret_key", utf8(body)));
    assertTrue(WebhookSignature.verify("test_secret_key", utf8(body), "B23tXN681gZ0qIWNRrgtzBE9XSDo5yaUu6wfmhu3a7g="));
  }

  @Test
  void anyChangeToBodySecretOrSignatureFails() {
    String signature = WebhookSignature.sign("s3cret-s3cret-s3cret", utf8("{\"id\":1}"));
    assertTrue(WebhookSignature.verify("s3cret-s3cret-s3cret", utf8("{\"id\":1}"), signature));
    assertFalse(WebhookSignature.verify("s3cret-s3cret-s3cret", utf8("{\"id\":2}"), signature));
    assertFalse(WebhookSignature.verify("s3cret-s3cret-s3cres", utf8("{\"id\":1}"), signature));
    assertFalse(WebhookSignature.verify("s3cret-s3cret-s3cret", utf8("{\"id\":1}\n"), signature), "the raw bytes");
    assertFalse(WebhookSignature.verify("s3cret-s3cret-s3cret", utf8("{\"id\":1}"), signature.toLowerCase()));
    assertFalse(WebhookSignature.verify("s3cret-s3cret-s3cret", utf8("{\"id\":1}"), signature.substring(1)));
  }

  @Test
  void missingOrBlankSignaturesAndSecretsNeverVerify() {
    assertFalse(WebhookSignature.verify("secret-secret-secret", utf8("x"), null));
    assertFalse(WebhookSignature.verify("secret-secret-secret", utf8("x"), ""));
    assertFalse(WebhookSignature.verify("secret-secret-secret", utf8("x"), "   "));
    assertFalse(WebhookSignature.verify(null, utf8("x"), WebhookSignature.sign("", utf8("x"))));
  }

  @Test
  void surroundingWhitespaceInTheHeaderIsTolerated() {
    String signature = WebhookSignature.sign("k-k-k-k-k-k-k-k", utf8("body"));
    assertTrue(WebhookSignature.verify("k-k-k-k-k-k-k-k", utf8("body"), " " + signature + " "));
  }

  @Test
  void secretsAreUtf8() {
    assertNotEquals(WebhookSignature.sign("geheim-é", utf8("x")), WebhookSignature.sign("geheim-e", utf8("x")));
  }
}
