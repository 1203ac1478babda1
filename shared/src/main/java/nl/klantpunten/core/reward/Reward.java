package nl.klantpunten.core.reward;

import java.util.Objects;

/** A reward of a program's catalog (a vendor's "free coffee at 100 points"): claiming it spends its points. */
public record Reward(RewardId id, String name, long pointsRequired, String description) {
  /** Crossing thresholds writes a notification per reward in the evaluation's ONE transaction (100 items max). */
  public static final int MAX_PER_PROGRAM = 25;

  public Reward {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (pointsRequired < 1) {
      throw new IllegalArgumentException("a reward costs at least one point");
    }
  }

  /** Points still missing to claim it with {@code balance}; 0 when reachable. */
  public long pointsMissing(long balance) {
    return balance >= pointsRequired ? 0 : pointsRequired - balance;
  }

  /** True when a balance change from {@code before} to {@code after} made this reward reachable. */
  public boolean crossedBy(long before, long after) {
    return before < pointsRequired && after >= pointsRequired;
  }
}
