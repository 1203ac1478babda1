package nl.klantpunten.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Ids sort by creation time, fit the ULID layout and give exact bounds for range queries. */
class IdsTest {
  private static final String CROCKFORD_26 = "[0-9A-HJKMNP-TV-Z]{26}";

  private static Ids at(long epochMillis, long seed) {
    return new Ids(Clock.fixed(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC), new Random(seed));
  }

  @Test
  void isTwentySixCrockfordCharacters() {
    Ids ids = at(1_767_225_600_000L, 1);
    for (int i = 0; i < 1_000; i++) {
      String id = ids.ulid();
      assertTrue(id.matches(CROCKFORD_26), id);
    }
  }

  @Test
  void encodesTheTimeAsTheUlidSpecificationDoes() {
    // the ULID specification's example: 1469918176385 ms → 01ARYZ6S41
    assertTrue(at(1_469_918_176_385L, 7).ulid().startsWith("01ARYZ6S41"));
    assertEquals("0000000000", Ids.lowest(0).substring(0, 10));
    assertEquals("7ZZZZZZZZZ", Ids.highest((1L << 48) - 1).substring(0, 10), "the largest 48-bit time");
  }

  @Test
  void idsOfDifferentRandomnessDiffer() {
    Ids ids = at(1_767_225_600_000L, 2);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      assertTrue(seen.add(ids.ulid()), "no duplicate within one millisecond");
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {0L, 30L, 31L, 1023L, 1_469_918_176_385L, 1_767_225_599_999L, (1L << 48) - 2})
  void aLaterMillisecondAlwaysSortsAfter(long millis) {
    assertTrue(Ids.highest(millis).compareTo(Ids.lowest(millis + 1)) < 0);
    for (long seed = 0; seed < 50; seed++) {
      String earlier = at(millis, seed).ulid();
      String later = at(millis + 1, seed + 1_000).ulid();
      assertTrue(earlier.compareTo(later) < 0, earlier + " should sort before " + later);
    }
  }

  @Test
  void lowestAndHighestBoundEveryIdOfTheirMillisecond() {
    long millis = 1_767_225_600_123L;
    String lowest = Ids.lowest(millis);
    String highest = Ids.highest(millis);
    assertTrue(lowest.endsWith("0".repeat(16)));
    assertTrue(highest.endsWith("Z".repeat(16)));
    assertEquals(lowest.substring(0, 10), highest.substring(0, 10));
    Ids ids = at(millis, 3);
    for (int i = 0; i < 1_000; i++) {
      String id = ids.ulid();
      assertTrue(lowest.compareTo(id) <= 0 && id.compareTo(highest) <= 0, id);
    }
  }

  @Test
  void nextPutsThePrefixInFront() {
    String id = at(1_767_225_600_000L, 4).next("tx_");
    assertTrue(id.matches("tx_" + CROCKFORD_26), id);
  }

  @Test
  void twoGeneratorsWithDifferentSeedsDoNotRepeatEachOther() {
    assertNotEquals(at(5, 1).ulid(), at(5, 2).ulid());
  }
}
