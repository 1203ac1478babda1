package nl.klantpunten.core.store;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import nl.klantpunten.core.gift.GiftId;
import nl.klantpunten.core.gift.GiftPlan;
import nl.klantpunten.core.gift.GiftRunState;
import nl.klantpunten.core.ledger.IdempotencyKey;
import nl.klantpunten.core.page.Page;
import nl.klantpunten.core.program.ProgramId;

/** Gift plans, the schedule's list of active plans across programs, and the run state per plan and period. */
public interface GiftStore {

  void save(ProgramId program, GiftPlan plan);

  Optional<GiftPlan> find(ProgramId program, GiftId gift);

  /** False when there was no such plan. */
  boolean delete(ProgramId program, GiftId gift);

  /** Every active plan of every program, for the hourly run only (never reachable from the API). */
  Page<ActivePlan> activePlans(int limit, String cursor);

  Optional<GiftRunState> runState(ProgramId program, GiftId gift, String period);

  void saveRunState(ProgramId program, GiftId gift, GiftRunState state);

  /** Which of these idempotency keys were used already (one batched read per 100 keys). */
  Set<IdempotencyKey> used(ProgramId program, Collection<IdempotencyKey> keys);

  record ActivePlan(ProgramId program, GiftId gift) {}
}
