package nl.klantpunten.core.store;

import java.util.Optional;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.reward.Reward;
import nl.klantpunten.core.reward.RewardId;

/** A program's reward catalog (listed together with the badges by {@link BadgeStore#catalog}). */
public interface RewardStore {
  /** Creates or replaces the reward; true when it did not exist. */
  boolean put(ProgramId program, Reward reward);

  Optional<Reward> find(ProgramId program, RewardId id);

  /** False when there was no such reward. */
  boolean delete(ProgramId program, RewardId id);
}
