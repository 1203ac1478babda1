package nl.klantpunten.core.gift;

import java.util.List;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramId;

/**
 * A {@link GiftBatch} as it travels on the gift queue: the plan by id only (the consumer reads the plan, so a plan
 * deleted or paused since the run gives nothing), the period and the customers. Each customer's gift still carries
 * its idempotency key ({@link GiftKeys#of}), so the same message delivered twice gives nothing twice.
 */
public record QueuedGiftBatch(ProgramId program, GiftId gift, GiftPeriod period, List<CustomerId> customers) {
  public QueuedGiftBatch {
    customers = List.copyOf(customers);
  }

  public static QueuedGiftBatch of(GiftBatch batch) {
    return new QueuedGiftBatch(batch.program(), batch.plan().id(), batch.period(), batch.customers());
  }
}
