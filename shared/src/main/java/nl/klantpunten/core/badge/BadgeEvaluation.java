package nl.klantpunten.core.badge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.klantpunten.core.outbox.OutboxMessage;
import nl.klantpunten.core.reward.Reward;

/**
 * Recomputes a customer's badges for one balance version seen on the table's stream. Pure: the previous state, the
 * balance seen, the measure and the catalog in; the next state, what changed and the notifications out.
 *
 * <p>An evaluation of a version not newer than the stored one is stale and yields nothing: events may arrive late or
 * twice, and an older balance must never overwrite a newer result. A badge held now and not before is unlocked
 * (notified each time it is gained; its first unlock time is kept for ever). A reward is within reach when the
 * balance moved from below its points to at or above them since the last evaluated balance.
 */
public final class BadgeEvaluation {
  private BadgeEvaluation() {}

  /** A balance as the stream showed it: version, points, lifetime earned, and the points before this change. */
  public record Seen(long version, long points, long lifetimeEarned, long previousPoints) {}

  /** The next state, the badges gained and lost, the rewards now within reach and the outbox messages. */
  public record Outcome(BadgeState next, List<Badge> unlocked, Set<BadgeId> lost, List<Reward> withinReach,
      List<OutboxMessage> messages) {}

  public static Optional<Outcome> evaluate(BadgeState previous, Seen seen, BadgeMeasure measure, Catalog catalog,
      Instant now) {
    return evaluate(previous, seen, measure, catalog, now, true);
  }

  /**
   * As above; {@code announceBadges} false (the program hides badges from customers) evaluates and stores badges
   * the same way but writes no badge email, since the customer would be told about something they cannot see.
   */
  public static Optional<Outcome> evaluate(BadgeState previous, Seen seen, BadgeMeasure measure, Catalog catalog,
      Instant now, boolean announceBadges) {
    if (previous != null && previous.seenVersion() >= seen.version()) {
      return Optional.empty();
    }
    long value = measure.of(seen.points(), seen.lifetimeEarned());
    List<Badge> held = BadgeRules.held(catalog.badges(), value);
    Set<BadgeId> before = previous == null ? Set.of() : previous.held();
    Set<BadgeId> heldIds = held.stream().map(Badge::id).collect(Collectors.toCollection(LinkedHashSet::new));
    List<Badge> unlocked = held.stream().filter(b -> !before.contains(b.id())).toList();
    Set<BadgeId> lost = before.stream().filter(id -> !heldIds.contains(id))
        .collect(Collectors.toCollection(LinkedHashSet::new));
    Map<BadgeId, Instant> firstUnlocked = new HashMap<>(previous == null ? Map.of() : previous.firstUnlocked());
    unlocked.forEach(b -> firstUnlocked.putIfAbsent(b.id(), now));
    long pointsBefore = previous == null ? seen.previousPoints() : previous.seenPoints();
    List<Reward> withinReach = catalog.rewards().stream()
        .filter(r -> r.crossedBy(pointsBefore, seen.points()))
        .sorted((a, b) -> Long.compare(a.pointsRequired(), b.pointsRequired()))
        .toList();
    List<OutboxMessage> messages = new ArrayList<>();
    for (Badge b : announceBadges ? unlocked : List.<Badge>of()) {
      Map<String, String> data = new LinkedHashMap<>();
      data.put("badgeId", b.id().value());
      data.put("badgeTitle", b.title());
      data.put("measure", measure.wireName());
      data.put("points", Long.toString(value));
      data.put("balance", Long.toString(seen.points()));
      messages.add(new OutboxMessage("BADGE#" + b.id().value() + "#" + seen.version(),
          OutboxMessage.Types.BADGE_UNLOCKED, data));
    }
    for (Reward r : withinReach) {
      Map<String, String> data = new LinkedHashMap<>();
      data.put("rewardId", r.id().value());
      data.put("rewardName", r.name());
      data.put("pointsRequired", Long.toString(r.pointsRequired()));
      data.put("balance", Long.toString(seen.points()));
      messages.add(new OutboxMessage("REWARD#" + r.id().value() + "#" + seen.version(),
          OutboxMessage.Types.REWARD_WITHIN_REACH, data));
    }
    BadgeState next = new BadgeState(seen.version(), seen.points(), value, heldIds, firstUnlocked, now);
    return Optional.of(new Outcome(next, unlocked, lost, withinReach, messages));
  }
}
