package nl.klantpunten.core.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/**
 * Makes API keys and their hashes. A key is {@code kp_<keyId>_<secret>}: the key id is public (it names the key in
 * the ledger and in revocation), the 32 random secret bytes are shown once and only their SHA-256 is stored.
 */
public final class ApiKeys {
  public static final String PREFIX = "kp_";
  private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();
  private final RandomGenerator random;

  /** @param random a cryptographically strong generator (SecureRandom), made per container, not in static init. */
  public ApiKeys(RandomGenerator random) {
    this.random = random;
  }

  /** A new key in clear text; show it once. */
  public NewKey generate() {
    String keyId = randomText(10);
    String secret = randomText(43); // 43 chars of base 36 carry > 220 bits
    String key = PREFIX + keyId + "_" + secret;
    return new NewKey(keyId, key, hash(key));
  }

  private String randomText(int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    return new String(out);
  }

  /** Lowercase hex SHA-256 of the key as presented. */
  public static String hash(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** True when the text has the shape of a key; anything else is rejected before a lookup. */
  public static boolean looksLikeKey(String text) {
    return text != null && text.startsWith(PREFIX) && text.length() <= 100 && text.matches("kp_[0-9a-z]{10}_[0-9a-z]{43}");
  }

  /** A freshly generated key: the clear text goes to the caller once, the hash to the store. */
  public record NewKey(String keyId, String key, String hash) {}
}
