package nl.klantpunten.core.badge;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The badges a customer holds as last evaluated, with the balance version that evaluation saw (an older balance
 * change evaluated late must never overwrite it), the balance and measure it saw, and when each badge was first
 * unlocked (kept when the badge is lost, so the history shows it).
 */
public record BadgeState(long seenVersion, long seenPoints, long measure, Set<BadgeId> held,
    Map<BadgeId, Instant> firstUnlocked, Instant evaluatedAt) {

  public BadgeState {
    held = Set.copyOf(held);
    firstUnlocked = Map.copyOf(firstUnlocked);
  }

  /** The history, oldest unlock first (ties by id). */
  public List<Map.Entry<BadgeId, Instant>> history() {
    Comparator<Map.Entry<BadgeId, Instant>> order = Map.Entry.comparingByValue();
    return firstUnlocked.entrySet().stream()
        .sorted(order.thenComparing(e -> e.getKey().value()))
        .toList();
  }
}
