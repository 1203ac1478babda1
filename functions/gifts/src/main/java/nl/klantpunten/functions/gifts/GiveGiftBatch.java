package nl.klantpunten.functions.gifts;

import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.gift.GiftBatch;
import nl.klantpunten.core.gift.GiftFanOut;
import nl.klantpunten.core.gift.GiftKeys;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.ChangeOptions;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.ledger.Recorded;
import nl.klantpunten.core.store.LedgerStore;

/**
 * Gives one batch: per customer ONE ledger transaction with the idempotency guard {@code gift:<gift>:<period>:<c>},
 * the GIFT entry, the balance update and the PERIODIC_GIFT outbox item. A customer who got it already (a rerun, a
 * batch delivered twice) is answered from the guard and counts as nothing; a customer deleted since is skipped.
 * This is the in-process {@link GiftFanOut}; {@link GiftBatchFunction}, the SQS consumer, runs the same code per
 * message ({@link GiveQueuedGiftBatch}).
 */
final class GiveGiftBatch implements GiftFanOut {
  static final String ACTOR = "gift-schedule";
  private final LedgerStore ledger;

  GiveGiftBatch(LedgerStore ledger) {
    this.ledger = ledger;
  }

  @Override
  public int send(GiftBatch batch) {
    int given = 0;
    for (CustomerId customer : batch.customers()) {
      try {
        Recorded recorded = ledger.record(batch.program(), new BalanceChange(customer, batch.plan().points(),
                EntryKind.EARN, Reason.GIFT, batch.plan().description(),
                GiftKeys.sourceRef(batch.plan().id(), batch.period()), ACTOR,
                GiftKeys.of(batch.plan().id(), batch.period(), customer)),
            ChangeOptions.notifying(GiftKeys.notification(batch.plan(), batch.period())));
        given += recorded.replayed() ? 0 : 1;
      } catch (NotFoundException deletedSince) {
        // the customer left the program after the segment was read: no gift
      }
    }
    return given;
  }
}
