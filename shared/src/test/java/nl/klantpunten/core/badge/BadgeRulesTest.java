package nl.klantpunten.core.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Range edges (both inclusive, open upper end), which badges are held, and which comes next. */
class BadgeRulesTest {
  static Badge badge(String id, long from, Long to) {
    return new Badge(new BadgeId(id), id.toUpperCase(), null, null, new PointsRange(from, to));
  }

  static final Badge BRONZE = badge("bronze", 100, 499L);
  static final Badge SILVER = badge("silver", 500, 999L);
  static final Badge GOLD = badge("gold", 1000, null);
  static final Badge STARTER = badge("starter", 0, 0L);
  static final List<Badge> CATALOG = List.of(GOLD, STARTER, SILVER, BRONZE);

  @ParameterizedTest
  @CsvSource({"99,false", "100,true", "101,true", "498,true", "499,true", "500,false"})
  void bothEdgesAreInclusive(long points, boolean inside) {
    assertEquals(inside, BRONZE.range().contains(points));
  }

  @Test
  void anOpenRangeHasNoUpperEnd() {
    assertFalse(GOLD.range().contains(999));
    assertTrue(GOLD.range().contains(1000));
    assertTrue(GOLD.range().contains(Long.MAX_VALUE));
  }

  @Test
  void aSinglePointRangeHoldsExactlyThatPoint() {
    assertTrue(STARTER.range().contains(0));
    assertFalse(STARTER.range().contains(1));
  }

  @Test
  void rangesRefuseNegativeStartsAndInvertedEnds() {
    assertThrows(IllegalArgumentException.class, () -> new PointsRange(-1, null));
    assertThrows(IllegalArgumentException.class, () -> new PointsRange(10, 9L));
  }

  @Test
  void heldBadgesAreThoseContainingTheMeasureInRangeOrder() {
    assertEquals(List.of(STARTER), BadgeRules.held(CATALOG, 0));
    assertEquals(List.of(), BadgeRules.held(CATALOG, 50));
    assertEquals(List.of(SILVER), BadgeRules.held(CATALOG, 999));
    Badge overlapping = badge("vip", 900, null);
    assertEquals(List.of(SILVER, overlapping), BadgeRules.held(List.of(overlapping, SILVER), 950),
        "overlapping ranges give both badges");
  }

  @Test
  void theNextBadgeIsTheLowestAboveTheMeasureWithThePointsMissing() {
    var next = BadgeRules.next(CATALOG, 420, Set.of(BRONZE.id())).orElseThrow();
    assertEquals(SILVER, next.badge());
    assertEquals(80, next.pointsMissing());
    assertEquals(1, BadgeRules.next(CATALOG, 999, Set.of(SILVER.id())).orElseThrow().pointsMissing());
    assertTrue(BadgeRules.next(CATALOG, 1000, Set.of(GOLD.id())).isEmpty(), "nothing above the top badge");
  }
}
