package nl.klantpunten.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.klantpunten.core.auth.ApiKeyRecord;
import nl.klantpunten.core.auth.ApiKeys;
import nl.klantpunten.core.auth.Principal;
import nl.klantpunten.core.store.ApiKeyStore;

/**
 * Turns {@code Authorization: Bearer <key>} into the caller. Keys are looked up by their SHA-256; a found key is
 * remembered for {@link #CACHE_TTL} per container, so a revocation takes effect within that time. Unknown keys are
 * never cached: a new key works at once.
 */
public final class Authenticator {
  public static final Duration CACHE_TTL = Duration.ofSeconds(60);
  private static final int MAX_CACHED = 1_000;
  private final ApiKeyStore keys;
  private final Clock clock;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  public Authenticator(ApiKeyStore keys, Clock clock) {
    this.keys = keys;
    this.clock = clock;
  }

  public Principal authenticate(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      throw ApiException.unauthorized("required", "send Authorization: Bearer <api key>");
    }
    String[] parts = authorization.strip().split("\\s+", 2);
    if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
      throw ApiException.unauthorized("format", "the Authorization header must be: Bearer <api key>");
    }
    if (!ApiKeys.looksLikeKey(parts[1])) {
      throw ApiException.unauthorized("unknown or revoked API key");
    }
    String hash = ApiKeys.hash(parts[1]);
    Instant now = clock.instant();
    Cached hit = cache.get(hash);
    ApiKeyRecord key;
    if (hit != null && hit.expires().isAfter(now)) {
      key = hit.key();
    } else {
      key = keys.findByHash(hash).orElseThrow(() -> ApiException.unauthorized("unknown or revoked API key"));
      if (cache.size() >= MAX_CACHED) {
        cache.clear();
      }
      cache.put(hash, new Cached(key, now.plus(CACHE_TTL)));
    }
    if (!key.active()) {
      throw ApiException.unauthorized("unknown or revoked API key");
    }
    return key.principal();
  }

  private record Cached(ApiKeyRecord key, Instant expires) {}
}
