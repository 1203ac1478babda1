package nl.klantpunten.core.redemption;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.UnprocessableException;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.id.Ids;
import nl.klantpunten.core.ledger.IdempotencyKey;
import nl.klantpunten.core.ledger.PointsRules;
import nl.klantpunten.core.settings.PointsSwitch;
import nl.klantpunten.core.settings.ProgramConfig;
import nl.klantpunten.core.store.RedemptionStore;

/**
 * Reserves points for an order: checks the cart against the rules (without reading the balance), then debits the
 * points in ONE conditional transaction whose balance condition ({@code points >= debit AND points >= minimum
 * balance}) makes two concurrent reservations unable to spend the same points.
 */
public final class ReserveRedemption {
  private final RedemptionStore store;
  private final Clock clock;
  private final Ids ids;

  public ReserveRedemption(RedemptionStore store, Clock clock, Ids ids) {
    this.store = store;
    this.clock = clock;
    this.ids = ids;
  }

  public RedemptionStore.Reserved reserve(ProgramConfig config, CustomerId customer, Cart cart, long points,
      String orderRef, IdempotencyKey key, String actor) {
    RedemptionSettings settings = config.redemption();
    if (points < 1 || points > PointsRules.MAX_POINTS_PER_ENTRY) {
      throw ValidationException.of("points", "range", "must be a whole number from 1 to "
          + PointsRules.MAX_POINTS_PER_ENTRY);
    }
    if (points % settings.conversion().points() != 0) {
      throw ValidationException.of("points", "step", "points are redeemed in whole steps of "
          + settings.conversion().points());
    }
    PointsSwitch.requireOn(config.settings());
    RedemptionQuote quote = RedemptionRules.quote(settings, config.currency(), cart, null, points);
    if (!quote.reasons().isEmpty()) {
      QuoteReason reason = quote.reasons().get(0);
      throw new UnprocessableException(reason.name(), fieldOf(reason), "nothing can be redeemed on this cart: "
          + quote.reasons());
    }
    if (points > quote.maxPoints()) {
      throw new UnprocessableException("EXCEEDS_MAXIMUM_DISCOUNT", "points", "at most " + quote.maxPoints()
          + " points (a discount of " + quote.maxDiscount().toDecimalString() + ") can be redeemed on this cart");
    }
    Instant now = clock.instant();
    Redemption redemption = new Redemption(ids.next("rdm_"), customer, orderRef, points,
        RedemptionRules.discountFor(settings, config.currency(), points), RedemptionStatus.RESERVED, now,
        now.plus(Duration.ofMinutes(settings.reservationMinutes())), now, null, null);
    return store.reserve(config.program().id(), new RedemptionStore.Reservation(redemption, settings.minBalance(),
        key, "Reserved for order " + orderRef, actor));
  }

  private static String fieldOf(QuoteReason reason) {
    return switch (reason) {
      case CURRENCY_MISMATCH -> "currency";
      case CART_BELOW_MINIMUM, NO_ELIGIBLE_PRODUCTS, DISCOUNT_BELOW_ONE_STEP -> "lines";
      case BELOW_MIN_BALANCE, INSUFFICIENT_BALANCE -> "points";
      case PROGRAM_DISABLED -> null;
    };
  }
}
