package nl.klantpunten.core.settings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.ProgramStore;
import nl.klantpunten.core.store.SettingsStore;

/**
 * Remembers each program and its settings per container for {@link #DEFAULT_TTL}: webhooks and customer actions
 * arrive in bursts and need them on every request, while settings change rarely. A saved change therefore reaches
 * the earning functions within 30 seconds. Unknown programs are not remembered, so a new program works at once.
 */
public final class SettingsCache {
  public static final Duration DEFAULT_TTL = Duration.ofSeconds(30);
  private static final int MAX_CACHED = 1_000;
  private final ProgramStore programs;
  private final SettingsStore settings;
  private final Clock clock;
  private final Duration ttl;
  private final Map<ProgramId, Cached> cache = new ConcurrentHashMap<>();

  public SettingsCache(ProgramStore programs, SettingsStore settings, Clock clock, Duration ttl) {
    this.programs = programs;
    this.settings = settings;
    this.clock = clock;
    this.ttl = ttl;
  }

  public SettingsCache(ProgramStore programs, SettingsStore settings, Clock clock) {
    this(programs, settings, clock, DEFAULT_TTL);
  }

  /** The program and its settings; empty when the program does not exist. */
  public Optional<ProgramConfig> find(ProgramId id) {
    Instant now = clock.instant();
    Cached hit = cache.get(id);
    if (hit != null && hit.expires().isAfter(now)) {
      return Optional.of(hit.config());
    }
    Optional<ProgramConfig> loaded = programs.find(id).map(p -> new ProgramConfig(p, settings.load(id)));
    loaded.ifPresent(config -> {
      if (cache.size() >= MAX_CACHED) {
        cache.clear();
      }
      cache.put(id, new Cached(config, now.plus(ttl)));
    });
    return loaded;
  }

  private record Cached(ProgramConfig config, Instant expires) {}
}
