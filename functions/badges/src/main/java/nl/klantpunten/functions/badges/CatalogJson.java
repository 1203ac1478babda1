package nl.klantpunten.functions.badges;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.core.badge.Badge;
import nl.klantpunten.core.badge.BadgeRules;
import nl.klantpunten.core.reward.Reward;
import nl.klantpunten.core.reward.RewardProgress;

/** The JSON shapes of badges and rewards, shared by the catalog, customer badges and summary answers. */
final class CatalogJson {
  private CatalogJson() {}

  static Map<String, Object> badge(Badge b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("badgeId", b.id().value());
    m.put("title", b.title());
    m.put("description", b.description());
    m.put("iconUrl", b.iconUrl());
    m.put("fromPoints", b.range().from());
    m.put("toPoints", b.range().to());
    return m;
  }

  static Map<String, Object> heldBadge(Badge b, Instant firstUnlockedAt) {
    Map<String, Object> m = badge(b);
    m.put("firstUnlockedAt", firstUnlockedAt == null ? null : firstUnlockedAt.toString());
    return m;
  }

  static Map<String, Object> next(BadgeRules.NextBadge next) {
    Map<String, Object> m = badge(next.badge());
    m.put("pointsMissing", next.pointsMissing());
    return m;
  }

  static Map<String, Object> reward(Reward r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rewardId", r.id().value());
    m.put("name", r.name());
    m.put("pointsRequired", r.pointsRequired());
    m.put("description", r.description());
    return m;
  }

  static Map<String, Object> progress(RewardProgress p) {
    Map<String, Object> m = reward(p.reward());
    m.put("pointsMissing", p.pointsMissing());
    m.put("reachable", p.reachable());
    return m;
  }
}
