package nl.klantpunten.core.redemption;

import java.time.Clock;
import nl.klantpunten.core.error.ConflictException;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.RedemptionStore;

/**
 * Commits or cancels a reservation by id (the shop's checkout calls this; order webhooks do the same through
 * {@link OrderRedemption}). Repeating the same move answers the stored redemption again ({@code replayed}); the
 * opposite move after it is a 409: commit after release REDEMPTION_RELEASED, release after commit
 * REDEMPTION_COMMITTED, commit after expiry RESERVATION_EXPIRED.
 */
public final class SettleRedemption {
  private final RedemptionStore store;
  private final Clock clock;

  public SettleRedemption(RedemptionStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** A redemption after a move; {@code replayed} when it was already there and nothing was written. */
  public record Settled(Redemption redemption, boolean replayed) {}

  public Settled commit(ProgramId program, String redemptionId) {
    RedemptionStore.Transition t = store.commit(program, redemptionId, clock.instant());
    if (t.changed()) {
      return new Settled(t.redemption(), false);
    }
    Redemption current = t.redemption();
    return switch (current.status()) {
      case COMMITTED -> new Settled(current, true);
      case RESERVED -> throw new ConflictException("RESERVATION_EXPIRED", "redemptionId",
          "the reservation expired at " + current.expiresAt() + "; its points are being released");
      case RELEASED -> throw new ConflictException("REDEMPTION_RELEASED", "redemptionId",
          "the reservation was released; its points went back to the customer");
      case RETURNED -> throw new ConflictException("REDEMPTION_RETURNED", "redemptionId",
          "the redemption was committed and its points were returned since");
    };
  }

  public Settled cancel(ProgramId program, String redemptionId, String actor) {
    Redemption current = store.find(program, redemptionId)
        .orElseThrow(() -> new NotFoundException("redemption", "redemptionId", redemptionId));
    if (current.status() == RedemptionStatus.RESERVED) {
      RedemptionStore.Transition t = store.release(program, current, false,
          "Released: reservation for order " + current.orderRef() + " cancelled", actor, clock.instant());
      if (t.changed()) {
        return new Settled(t.redemption(), false);
      }
      current = t.redemption();
    }
    return switch (current.status()) {
      case RELEASED -> new Settled(current, true);
      case COMMITTED, RETURNED -> throw new ConflictException("REDEMPTION_COMMITTED", "redemptionId",
          "the redemption was committed; a refund of its order gives the points back");
      case RESERVED -> throw new IllegalStateException("redemption " + redemptionId + " neither moved nor changed");
    };
  }
}
