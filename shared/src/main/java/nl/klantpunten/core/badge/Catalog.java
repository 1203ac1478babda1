package nl.klantpunten.core.badge;

import java.util.List;
import java.util.Optional;
import nl.klantpunten.core.reward.Reward;
import nl.klantpunten.core.reward.RewardId;

/** A program's badges and rewards, read together (one Query) because evaluation and the summary need both. */
public record Catalog(List<Badge> badges, List<Reward> rewards) {
  public static final Catalog EMPTY = new Catalog(List.of(), List.of());

  public Catalog {
    badges = badges.stream().sorted(BadgeRules.BY_RANGE).toList();
    rewards = rewards.stream().sorted((a, b) -> a.pointsRequired() != b.pointsRequired()
        ? Long.compare(a.pointsRequired(), b.pointsRequired()) : a.id().value().compareTo(b.id().value())).toList();
  }

  public Optional<Badge> badge(BadgeId id) {
    return badges.stream().filter(b -> b.id().equals(id)).findFirst();
  }

  public Optional<Reward> reward(RewardId id) {
    return rewards.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
