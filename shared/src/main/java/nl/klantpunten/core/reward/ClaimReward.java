package nl.klantpunten.core.reward;

import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.IdempotencyKey;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.ledger.Recorded;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.LedgerStore;
import nl.klantpunten.core.settings.PointsSwitch;
import nl.klantpunten.core.store.RewardStore;
import nl.klantpunten.core.store.SettingsStore;

/**
 * Use case: a customer claims a reward. ONE ledger entry (kind spend, reason {@code reward}, sourceRef {@code
 * reward:<id>}) debits the reward's points; the ledger's never-below-zero condition refuses it with 409
 * INSUFFICIENT_BALANCE when the balance is short, so there is no read-then-write race on the balance. A claim spends
 * points, so it is refused with 409 POINTS_DISABLED while the program's points are off.
 */
public final class ClaimReward {
  private final RewardStore rewards;
  private final LedgerStore ledger;
  private final SettingsStore settings;

  public ClaimReward(RewardStore rewards, LedgerStore ledger, SettingsStore settings) {
    this.rewards = rewards;
    this.ledger = ledger;
    this.settings = settings;
  }

  /** The claim as recorded, and the reward claimed. */
  public record Claimed(Reward reward, Recorded recorded) {}

  public Claimed claim(ProgramId program, CustomerId customer, RewardId rewardId, String note, String actor,
      IdempotencyKey idempotencyKey) {
    Reward reward = rewards.find(program, rewardId)
        .orElseThrow(() -> new NotFoundException("reward", "rewardId", rewardId.value()));
    PointsSwitch.requireOn(settings.load(program));
    Recorded recorded = ledger.record(program, new BalanceChange(customer, -reward.pointsRequired(), EntryKind.SPEND,
        Reason.REWARD, note == null ? reward.name() : note, "reward:" + reward.id().value(), actor, idempotencyKey));
    return new Claimed(reward, recorded);
  }
}
