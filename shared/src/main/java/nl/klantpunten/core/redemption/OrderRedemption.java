package nl.klantpunten.core.redemption;

import java.time.Clock;
import java.util.Optional;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.earning.OrderStatus;
import nl.klantpunten.core.money.Money;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.settings.ProgramConfig;
import nl.klantpunten.core.store.RedemptionStore;

/**
 * What an order event means for the redemption its {@code orderRef} reserved: a paid (or completed) order commits
 * it, a cancelled or refunded order releases a reservation or, once committed, returns the points when the program
 * says so. Each move is a conditional status change, so redeliveries and any order of cancel/refund events move it
 * at most once. The answer also says which points discount the order got: the order earns on what was paid after
 * it.
 */
public final class OrderRedemption {
  private final RedemptionStore store;
  private final Clock clock;

  public OrderRedemption(RedemptionStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * {@code result}: committed, released, returned, unchanged, expired (paid after the reservation expired, before
   * the sweep), alreadyReleased (paid after the reservation was released), none (no reservation for this order). {@code discount}: the points discount the order got (zero when none).
   */
  public record Outcome(Redemption redemption, String result, Money discount) {
    public boolean any() {
      return redemption != null;
    }
  }

  public Outcome onOrder(ProgramConfig config, String orderRef, CustomerId orderCustomer, OrderStatus status,
      String actor) {
    ProgramId program = config.program().id();
    Optional<Redemption> found = store.findByOrderRef(program, orderRef);
    if (found.isEmpty()) {
      return new Outcome(null, "none", Money.zero(config.currency()));
    }
    Redemption r = found.get();
    if (orderCustomer == null || !orderCustomer.equals(r.customerId())) {
      // the order names another customer than the one who reserved: never move someone else's points
      return new Outcome(r, "customerMismatch", Money.zero(config.currency()));
    }
    String result = "unchanged";
    if (status.isClosing()) {
      if (r.status() == RedemptionStatus.RESERVED) {
        var t = store.release(program, r, false, "Released: order " + orderRef + " " + status.wireName(), actor,
            clock.instant());
        r = t.redemption();
        result = t.changed() ? "released" : result;
      }
      if (r.status() == RedemptionStatus.COMMITTED && config.redemption().refundReturnsRedeemed()) {
        var t = store.giveBack(program, r, "Returned: order " + orderRef + " " + status.wireName(), actor,
            clock.instant());
        r = t.redemption();
        result = t.changed() ? "returned" : result;
      }
    } else if (status.hasReached(OrderStatus.PAID) && r.status() == RedemptionStatus.RESERVED) {
      var t = store.commit(program, r.id(), clock.instant());
      r = t.redemption();
      result = t.changed() ? "committed" : r.status() == RedemptionStatus.RESERVED ? "expired" : result;
    } else if (status.hasReached(OrderStatus.PAID) && r.status() == RedemptionStatus.RELEASED) {
      result = "alreadyReleased";
    }
    boolean used = r.status() != RedemptionStatus.RELEASED; // reserved (earning on "created"), committed, returned
    return new Outcome(r, result, used ? r.discount() : Money.zero(config.currency()));
  }
}
