package nl.klantpunten.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** API keys: their shape, their hash (the only thing stored) and the cheap shape check done before any lookup. */
class ApiKeysTest {
  private final ApiKeys keys = new ApiKeys(new SecureRandom());

  @Test
  void aKeyIsPrefixKeyIdAndSecret() {
    ApiKeys.NewKey key = keys.generate();
    assertTrue(key.key().matches("kp_[0-9a-z]{10}_[0-9a-z]{43}"), key.key());
    assertEquals(57, key.key().length());
    assertEquals(key.keyId(), key.key().substring(3, 13), "the key id is readable from the key");
    assertTrue(ApiKeys.looksLikeKey(key.key()));
  }

  @Test
  void theStoredHashIsTheSha256HexOfTheKey() {
    ApiKeys.NewKey key = keys.generate();
    assertEquals(ApiKeys.hash(key.key()), key.hash());
    assertTrue(key.hash().matches("[0-9a-f]{64}"), key.hash());
    // FIPS 180-2 test vectors
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiKeys.hash("abc"));
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ApiKeys.hash(""));
  }

  @Test
  void everyKeyAndKeyIdIsNew() {
    Set<String> secrets = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      ApiKeys.NewKey key = keys.generate();
      assertTrue(secrets.add(key.key()));
      assertTrue(ids.add(key.keyId()));
    }
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
      "kp_",
      "kp_abcdefghij_",
      "kp_abcdefghij_0123456789abcdefghijklmnopqrstuvwxyz012345",   // 42-character secret
      "kp_abcdefghij_0123456789abcdefghijklmnopqrstuvwxyz01234567", // 44-character secret
      "kp_abcdefghi_0123456789abcdefghijklmnopqrstuvwxyz0123456",   // 9-character key id
      "kp_ABCDEFGHIJ_0123456789abcdefghijklmnopqrstuvwxyz0123456",  // upper case
      "KP_abcdefghij_0123456789abcdefghijklmnopqrstuvwxyz0123456",
      "xx_abcdefghij_0123456789abcdefghijklmnopqrstuvwxyz0123456",
      "kp-abcdefghij-0123456789abcdefghijklmnopqrstuvwxyz0123456",
      "Bearer kp_abcdefghij_0123456789abcdefghijklmnopqrstuvwxyz0123456",
      "kp_abcdefghij_0123456789abcdefghijklmnopqrstuvwxyz0123456\n",
      " kp_abcdefghij_0123456789abcdefghijklmnopqrstuvwxyz0123456",
      "kp_abcdéfghij_0123456789abcdefghijklmnopqrstuvwxyz0123456",
  })
  void anythingElseDoesNotLookLikeAKey(String text) {
    assertFalse(ApiKeys.looksLikeKey(text));
  }

  @Test
  void theShapeCheckAcceptsExactlyTheGeneratedShape() {
    assertTrue(ApiKeys.looksLikeKey("kp_abcdefghij_0123456789abcdefghijklmnopqrstuvwxyz0123456"));
  }
}
