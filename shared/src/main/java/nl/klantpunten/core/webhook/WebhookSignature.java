package nl.klantpunten.core.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature WooCommerce ({@code X-WC-Webhook-Signature}) and Shopify ({@code X-Shopify-Hmac-Sha256}) put on
 * each delivery: standard base64 of HMAC-SHA256 over the raw request body, keyed with the UTF-8 bytes of the
 * shared secret. It must be computed over the bytes as sent (re-serialised JSON differs: WooCommerce escapes
 * '/'), and compared in constant time ({@link MessageDigest#isEqual}) so that the answer's timing reveals nothing
 * about how much of a forged signature was right.
 */
public final class WebhookSignature {
  private static final String HMAC_SHA256 = "HmacSHA256";

  private WebhookSignature() {}

  /** base64(HMAC-SHA256(key = secret, message = body)). An empty secret is allowed (WooCommerce's default). */
  public static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance(HMAC_SHA256);
      byte[] key = secret.getBytes(StandardCharsets.UTF_8);
      // HMAC accepts an empty key; SecretKeySpec does not, and a one-zero-byte key pads to the same block.
      mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, HMAC_SHA256));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** True only when {@code header} is exactly the signature of {@code body} under {@code secret}. */
  public static boolean verify(String secret, byte[] body, String header) {
    if (secret == null || header == null || header.isBlank()) {
      return false;
    }
    byte[] expected = sign(secret, body).getBytes(StandardCharsets.US_ASCII);
    byte[] given = header.strip().getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }
}
