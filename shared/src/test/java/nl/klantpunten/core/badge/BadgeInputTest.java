package nl.klantpunten.core.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.core.error.FieldError;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.reward.Reward;
import nl.klantpunten.core.reward.RewardId;
import nl.klantpunten.core.reward.RewardInput;
import org.junit.jupiter.api.Test;

/** Badge and reward bodies: fields, ranges and every problem named at once. */
class BadgeInputTest {
  static final BadgeId GOLD = new BadgeId("gold");

  private static List<String> fields(Runnable parse) {
    return assertThrows(ValidationException.class, parse::run).errors().stream().map(FieldError::field).toList();
  }

  @Test
  void aFullBadgeAndAnOpenRange() {
    Badge b = BadgeInput.parse(GOLD, Map.of("title", " Gold ", "description", "Top", "iconUrl",
        "https://cdn.example.com/gold.png", "fromPoints", 1000));
    assertEquals("Gold", b.title());
    assertEquals(new PointsRange(1000, null), b.range());
    Map<String, Object> withNull = new HashMap<>(Map.of("title", "Gold", "fromPoints", 0));
    withNull.put("toPoints", null);
    assertNull(BadgeInput.parse(GOLD, withNull).range().to());
    assertEquals(5L, BadgeInput.parse(GOLD, Map.of("title", "x", "fromPoints", 5, "toPoints", 5)).range().to(),
        "a range of one point");
  }

  @Test
  void everyBrokenRuleIsNamed() {
    assertEquals(List.of("title", "iconUrl", "fromPoints"),
        fields(() -> BadgeInput.parse(GOLD, Map.of("title", " ", "iconUrl", "ftp://x", "fromPoints", -1))));
    assertEquals(List.of("toPoints"),
        fields(() -> BadgeInput.parse(GOLD, Map.of("title", "x", "fromPoints", 10, "toPoints", 9))));
    assertEquals(List.of("fromPoints"),
        fields(() -> BadgeInput.parse(GOLD, Map.of("title", "x", "fromPoints", new BigDecimal("1.5")))));
    assertEquals(List.of("colour", "fromPoints"), fields(() -> BadgeInput.parse(GOLD, Map.of("title", "x",
        "colour", "red"))));
    assertEquals(List.of("badgeId"),
        fields(() -> BadgeInput.parse(GOLD, Map.of("badgeId", "silver", "title", "x", "fromPoints", 1))));
    assertEquals(List.of("title"), fields(() -> BadgeInput.parse(GOLD, Map.of("title", "x".repeat(81),
        "fromPoints", 1))));
  }

  @Test
  void rewards() {
    Reward r = RewardInput.parse(new RewardId("coffee"), Map.of("name", "Coffee", "pointsRequired", 100));
    assertEquals(100, r.pointsRequired());
    assertEquals(List.of("name", "pointsRequired"),
        fields(() -> RewardInput.parse(new RewardId("coffee"), Map.of("pointsRequired", 0))));
    assertEquals(List.of("pointsRequired"),
        fields(() -> RewardInput.parse(new RewardId("coffee"), Map.of("name", "Coffee"))));
    assertEquals(0, r.pointsMissing(100));
    assertEquals(1, r.pointsMissing(99));
  }

  @Test
  void idsNeverCarryTheKeySeparator() {
    assertThrows(ValidationException.class, () -> new BadgeId("gold#1"));
    assertThrows(ValidationException.class, () -> new RewardId(""));
  }
}
