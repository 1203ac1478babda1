package nl.klantpunten.functions.gifts;

import java.util.Optional;
import nl.klantpunten.core.gift.GiftBatch;
import nl.klantpunten.core.gift.GiftPlan;
import nl.klantpunten.core.gift.QueuedGiftBatch;
import nl.klantpunten.core.settings.PointsSwitch;
import nl.klantpunten.core.store.GiftStore;
import nl.klantpunten.core.store.SettingsStore;

/**
 * Gives a batch that came off the gift queue: reads the plan (one GetItem) and hands the batch to the same {@link
 * GiveGiftBatch} the in-run path uses, so both paths write the same transaction per customer (guard, GIFT entry,
 * balance, PERIODIC_GIFT outbox item). A plan deleted or paused since the run sent the batch gives nothing: the
 * owner stopped it; so does a batch of a program whose points were turned off since (POINTS_DISABLED). Points and
 * description are the plan's as read here (an edit between run and delivery, seconds
 * apart as a rule, takes effect).
 */
final class GiveQueuedGiftBatch {
  private final GiftStore gifts;
  private final GiveGiftBatch give;
  private final SettingsStore settings;

  GiveQueuedGiftBatch(GiftStore gifts, GiveGiftBatch give, SettingsStore settings) {
    this.gifts = gifts;
    this.give = give;
    this.settings = settings;
  }

  record Outcome(String status, int given) {}

  Outcome give(QueuedGiftBatch queued) {
    Optional<GiftPlan> plan = gifts.find(queued.program(), queued.gift());
    if (plan.isEmpty() || !plan.get().active()) {
      return new Outcome(plan.isEmpty() ? "PLAN_GONE" : "PLAN_PAUSED", 0);
    }
    if (!PointsSwitch.on(settings.load(queued.program()))) {
      return new Outcome(PointsSwitch.POINTS_DISABLED, 0);
    }
    int given = give.send(new GiftBatch(queued.program(), plan.get(), queued.period(), queued.customers()));
    return new Outcome("GIVEN", given);
  }
}
