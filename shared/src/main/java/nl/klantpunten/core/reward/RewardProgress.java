package nl.klantpunten.core.reward;

import java.util.List;

/** A reward with the points a balance still misses to claim it (0: reachable now). */
public record RewardProgress(Reward reward, long pointsMissing) {

  public boolean reachable() {
    return pointsMissing == 0;
  }

  public static List<RewardProgress> of(List<Reward> rewards, long balance) {
    return rewards.stream().map(r -> new RewardProgress(r, r.pointsMissing(balance))).toList();
  }
}
