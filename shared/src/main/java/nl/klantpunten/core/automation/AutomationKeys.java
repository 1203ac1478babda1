package nl.klantpunten.core.automation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.IdempotencyKey;

/**
 * One automation request touches up to a thousand balances, each in its own transaction; its Idempotency-Key is
 * therefore split into one key per customer: {@code automation:<sha256(request key)>:<customerId>}. A retry of the
 * request finds every customer already done and writes nothing twice; the hash keeps the key short whatever the
 * client sent (255 characters at most) and the scope keeps it apart from single-change API keys.
 */
public final class AutomationKeys {
  public static final String SCOPE = "automation";

  private AutomationKeys() {}

  public static IdempotencyKey forCustomer(String requestKey, CustomerId customer, String fingerprint) {
    return new IdempotencyKey(SCOPE, hash(requestKey) + ":" + customer.value(), fingerprint);
  }

  static String hash(String value) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
