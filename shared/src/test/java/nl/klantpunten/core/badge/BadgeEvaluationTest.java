package nl.klantpunten.core.badge;

import static nl.klantpunten.core.badge.BadgeRulesTest.BRONZE;
import static nl.klantpunten.core.badge.BadgeRulesTest.GOLD;
import static nl.klantpunten.core.badge.BadgeRulesTest.SILVER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.klantpunten.core.outbox.OutboxMessage;
import nl.klantpunten.core.reward.Reward;
import nl.klantpunten.core.reward.RewardId;
import org.junit.jupiter.api.Test;

/** Evaluation of one balance version: stale versions, unlocks, losses, history, measures and reward thresholds. */
class BadgeEvaluationTest {
  static final Reward COFFEE = new Reward(new RewardId("coffee"), "Coffee", 150, null);
  static final Reward CAKE = new Reward(new RewardId("cake"), "Cake", 600, null);
  static final Catalog CATALOG = new Catalog(List.of(GOLD, SILVER, BRONZE), List.of(CAKE, COFFEE));
  static final Instant T1 = Instant.parse("2026-01-01T10:00:00Z");
  static final Instant T2 = Instant.parse("2026-02-01T10:00:00Z");
  static final Instant T3 = Instant.parse("2026-03-01T10:00:00Z");

  private static BadgeEvaluation.Outcome eval(BadgeState previous, long version, long points, long lifetime,
      BadgeMeasure measure, Instant at) {
    return BadgeEvaluation.evaluate(previous, new BadgeEvaluation.Seen(version, points, lifetime, 0), measure,
        CATALOG, at).orElseThrow();
  }

  @Test
  void theFirstEvaluationUnlocksAndNotifiesWithDeterministicIds() {
    var out = eval(null, 3, 520, 520, BadgeMeasure.BALANCE, T1);
    assertEquals(List.of(SILVER), out.unlocked());
    assertEquals(Set.of(SILVER.id()), out.next().held());
    assertEquals(Map.of(SILVER.id(), T1), out.next().firstUnlocked());
    assertEquals(List.of(COFFEE), out.withinReach(), "the balance crossed 150 (from 0), not 600");
    assertEquals(List.of("BADGE#silver#3", "REWARD#coffee#3"), out.messages().stream().map(OutboxMessage::id).toList());
    OutboxMessage badge = out.messages().get(0);
    assertEquals(OutboxMessage.Types.BADGE_UNLOCKED, badge.type());
    assertEquals("SILVER", badge.data().get("badgeTitle"));
    assertEquals("520", badge.data().get("balance"));
    assertEquals(OutboxMessage.Types.REWARD_WITHIN_REACH, out.messages().get(1).type());
  }

  @Test
  void hiddenBadgesAreStillEvaluatedButNotAnnounced() {
    var shown = eval(null, 3, 520, 520, BadgeMeasure.BALANCE, T1);
    var hidden = BadgeEvaluation.evaluate(null, new BadgeEvaluation.Seen(3, 520, 520, 0), BadgeMeasure.BALANCE,
        CATALOG, T1, false).orElseThrow();
    assertEquals(shown.next(), hidden.next(), "the stored state is the same, so showing badges again is exact");
    assertEquals(List.of(SILVER), hidden.unlocked());
    assertEquals(List.of("REWARD#coffee#3"), hidden.messages().stream().map(OutboxMessage::id).toList(),
        "no badge email for a badge the customer cannot see; reward emails stay");
  }

  @Test
  void anOlderOrEqualVersionIsStaleAndYieldsNothing() {
    BadgeState stored = eval(null, 5, 520, 520, BadgeMeasure.BALANCE, T1).next();
    assertTrue(BadgeEvaluation.evaluate(stored, new BadgeEvaluation.Seen(4, 100, 100, 0), BadgeMeasure.BALANCE,
        CATALOG, T2).isEmpty());
    assertTrue(BadgeEvaluation.evaluate(stored, new BadgeEvaluation.Seen(5, 520, 520, 0), BadgeMeasure.BALANCE,
        CATALOG, T2).isEmpty(), "a repeated event is stale too");
  }

  @Test
  void balanceMeasureDemotesOnSpendingAndKeepsTheFirstUnlockTime() {
    BadgeState silver = eval(null, 1, 520, 520, BadgeMeasure.BALANCE, T1).next();
    var spent = eval(silver, 2, 200, 520, BadgeMeasure.BALANCE, T2);
    assertEquals(List.of(BRONZE), spent.unlocked());
    assertEquals(Set.of(SILVER.id()), spent.lost());
    assertEquals(Set.of(BRONZE.id()), spent.next().held());
    var again = eval(spent.next(), 3, 530, 850, BadgeMeasure.BALANCE, T3);
    assertEquals(List.of(SILVER), again.unlocked(), "regaining a badge notifies again");
    assertEquals(T1, again.next().firstUnlocked().get(SILVER.id()), "the first unlock time is kept");
    assertEquals(T2, again.next().firstUnlocked().get(BRONZE.id()));
    assertEquals(List.of(SILVER.id(), BRONZE.id()),
        again.next().history().stream().map(Map.Entry::getKey).toList(), "history: oldest unlock first");
  }

  @Test
  void lifetimeMeasureNeverDemotesOnSpending() {
    BadgeState silver = eval(null, 1, 520, 520, BadgeMeasure.LIFETIME_EARNED, T1).next();
    var spent = eval(silver, 2, 20, 520, BadgeMeasure.LIFETIME_EARNED, T2);
    assertEquals(Set.of(SILVER.id()), spent.next().held());
    assertEquals(List.of(), spent.unlocked());
    assertEquals(Set.of(), spent.lost());
    assertEquals(520, spent.next().measure());
    assertEquals(20, spent.next().seenPoints());
  }

  @Test
  void aRewardIsWithinReachOnlyWhenTheBalanceCrossesItsPoints() {
    BadgeState at100 = eval(null, 1, 100, 100, BadgeMeasure.BALANCE, T1).next();
    assertEquals(List.of(), eval(null, 1, 100, 100, BadgeMeasure.BALANCE, T1).withinReach());
    var crossedBoth = eval(at100, 2, 700, 700, BadgeMeasure.BALANCE, T2);
    assertEquals(List.of(COFFEE, CAKE), crossedBoth.withinReach());
    var stillAbove = eval(crossedBoth.next(), 3, 650, 700, BadgeMeasure.BALANCE, T3);
    assertEquals(List.of(), stillAbove.withinReach(), "staying above a threshold does not notify again");
  }

  @Test
  void theFirstEvaluationUsesThePointsBeforeTheChangeForThresholds() {
    var out = BadgeEvaluation.evaluate(null, new BadgeEvaluation.Seen(7, 200, 200, 160), BadgeMeasure.BALANCE,
        CATALOG, T1).orElseThrow();
    assertEquals(List.of(), out.withinReach(), "160 → 200 does not cross 150");
  }

  @Test
  void aBadgeDeletedFromTheCatalogIsLost() {
    BadgeState silver = eval(null, 1, 520, 520, BadgeMeasure.BALANCE, T1).next();
    var out = BadgeEvaluation.evaluate(silver, new BadgeEvaluation.Seen(2, 530, 530, 520), BadgeMeasure.BALANCE,
        new Catalog(List.of(GOLD), List.of()), T2).orElseThrow();
    assertEquals(Set.of(SILVER.id()), out.lost());
    assertEquals(Set.of(), out.next().held());
    assertEquals(T1, out.next().firstUnlocked().get(SILVER.id()), "history keeps it");
  }
}
