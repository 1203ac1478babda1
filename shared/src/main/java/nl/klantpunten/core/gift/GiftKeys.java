package nl.klantpunten.core.gift;

import java.util.Map;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.IdempotencyKey;
import nl.klantpunten.core.outbox.OutboxMessage;

/**
 * What makes a gift happen once: the idempotency key {@code gift:<giftId>:<period>:<customerId>} (a rerun, a resumed
 * run or a redelivered batch finds it and writes nothing) and the notification {@code GIFT#<giftId>#<period>} in the
 * customer's outbox, written in the same transaction as the entry.
 */
public final class GiftKeys {
  public static final String SCOPE = "gift";
  static final String FINGERPRINT = "periodic-gift";
  /** The outbox contract's type for gifts (OutboxMessage.Types lists the types of issue 5 only). */
  public static final String PERIODIC_GIFT = "PERIODIC_GIFT";

  private GiftKeys() {}

  public static IdempotencyKey of(GiftId gift, GiftPeriod period, CustomerId customer) {
    return new IdempotencyKey(SCOPE, gift.value() + ":" + period.key() + ":" + customer.value(), FINGERPRINT);
  }

  public static OutboxMessage notification(GiftPlan plan, GiftPeriod period) {
    return new OutboxMessage("GIFT#" + plan.id().value() + "#" + period.key(), PERIODIC_GIFT, Map.of(
        "giftId", plan.id().value(),
        "points", Long.toString(plan.points()),
        "giftName", plan.description(),
        "description", plan.description(),
        "period", period.key()));
  }

  /** The entry's source reference: which plan and period it came from. */
  public static String sourceRef(GiftId gift, GiftPeriod period) {
    return "gift:" + gift.value() + ":" + period.key();
  }
}
