package nl.klantpunten.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantpunten.core.program.Program;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.core.store.ProgramStore;
import nl.klantpunten.core.store.SettingsStore;
import org.junit.jupiter.api.Test;

/** The cache over in-memory stores that count their reads, with a clock the test moves. */
class SettingsCacheTest {
  private final ProgramId known = new ProgramId("prg_known1");
  private final AtomicInteger programReads = new AtomicInteger();
  private final AtomicInteger settingsReads = new AtomicInteger();
  private final Map<ProgramId, ProgramSettings> stored = new HashMap<>();
  private Instant now = Instant.parse("2026-01-01T00:00:00Z");

  private final ProgramStore programs = new ProgramStore() {
    @Override
    public void create(Program program) {
      throw new UnsupportedOperationException("not used by the cache");
    }

    @Override
    public Optional<Program> find(ProgramId id) {
      programReads.incrementAndGet();
      return id.equals(known)
          ? Optional.of(new Program(id, "Shop", ProgramKind.SHOP, Currency.getInstance("EUR"), now))
          : Optional.empty();
    }
  };

  private final SettingsStore settings = new SettingsStore() {
    @Override
    public ProgramSettings load(ProgramId id) {
      settingsReads.incrementAndGet();
      return stored.getOrDefault(id, ProgramSettings.defaults());
    }

    @Override
    public Optional<ProgramSettings> replace(ProgramId id, ProgramSettings next, long expected, String actor,
        Instant at) {
      throw new UnsupportedOperationException("not used by the cache");
    }
  };

  private final Clock clock = new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  };

  @Test
  void aProgramIsReadOncePerTtl() {
    SettingsCache cache = new SettingsCache(programs, settings, clock, Duration.ofSeconds(30));
    assertTrue(cache.find(known).get().earning().enabled());
    cache.find(known);
    now = now.plusSeconds(29);
    cache.find(known);
    assertEquals(1, programReads.get());
    assertEquals(1, settingsReads.get());
  }

  @Test
  void aSavedChangeIsSeenAfterTheTtl() {
    SettingsCache cache = new SettingsCache(programs, settings, clock, Duration.ofSeconds(30));
    cache.find(known);
    stored.put(known, ProgramSettings.defaults().withEarning(new EarningSettings(false, EarningRatio.DEFAULT,
        EarningSettings.DEFAULT.earnOn(), false, false, true, NegativeBalancePolicy.CLAMP, ActionPoints.DEFAULT)));
    assertTrue(cache.find(known).get().earning().enabled(), "still the cached copy");
    now = now.plusSeconds(30);
    assertEquals(false, cache.find(known).get().earning().enabled());
    assertEquals(2, settingsReads.get());
  }

  @Test
  void unknownProgramsAreNotRemembered() {
    SettingsCache cache = new SettingsCache(programs, settings, clock, Duration.ofSeconds(30));
    ProgramId unknown = new ProgramId("prg_nobody1");
    assertTrue(cache.find(unknown).isEmpty());
    assertTrue(cache.find(unknown).isEmpty());
    assertEquals(2, programReads.get());
    assertEquals(0, settingsReads.get());
  }

  @Test
  void aZeroTtlReadsEveryTime() {
    SettingsCache cache = new SettingsCache(programs, settings, clock, Duration.ZERO);
    cache.find(known);
    cache.find(known);
    assertEquals(2, settingsReads.get());
  }
}
