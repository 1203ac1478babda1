package nl.klantpunten.core.badge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a customer sees of badges: those held as last evaluated (with their first unlock), the unlock history
 * (including badges lost since, and badges no longer in the catalog, by id), and the next badge with the points
 * still missing, computed from the live measure so "points missing" is exact even before the evaluation caught up.
 */
public record CustomerBadges(BadgeMeasure measure, long measureValue, List<Held> held, List<Unlock> history,
    Optional<BadgeRules.NextBadge> next, long evaluatedVersion) {

  /** A held badge and when it was first unlocked. */
  public record Held(Badge badge, Instant firstUnlockedAt) {}

  /** An unlock of the history; {@code badge} empty when the badge was deleted from the catalog since. */
  public record Unlock(BadgeId badgeId, Optional<Badge> badge, Instant firstUnlockedAt, boolean held) {}

  public static CustomerBadges of(BadgeState state, Catalog catalog, BadgeMeasure measure, long liveMeasure) {
    Set<BadgeId> heldIds = state == null ? Set.of() : state.held();
    Map<BadgeId, Instant> first = state == null ? Map.of() : state.firstUnlocked();
    List<Held> held = new ArrayList<>();
    for (Badge b : catalog.badges()) {
      if (heldIds.contains(b.id())) {
        held.add(new Held(b, first.get(b.id())));
      }
    }
    List<Unlock> history = new ArrayList<>();
    if (state != null) {
      state.history().forEach(e -> history.add(
          new Unlock(e.getKey(), catalog.badge(e.getKey()), e.getValue(), heldIds.contains(e.getKey()))));
    }
    return new CustomerBadges(measure, liveMeasure, held, history,
        BadgeRules.next(catalog.badges(), liveMeasure, heldIds), state == null ? 0 : state.seenVersion());
  }
}
