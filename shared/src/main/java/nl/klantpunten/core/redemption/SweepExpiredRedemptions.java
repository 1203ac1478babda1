package nl.klantpunten.core.redemption;

import java.time.Clock;
import java.time.Instant;
import nl.klantpunten.core.store.RedemptionStore;

/**
 * Releases reservations nobody committed or cancelled before they expired (run every 5 minutes by a schedule). Each
 * release is conditional on the reservation still being reserved and expired, so a commit that arrives at the same
 * moment either wins (and the sweep skips it) or loses with RESERVATION_EXPIRED; never both.
 */
public final class SweepExpiredRedemptions {
  public static final String ACTOR = "sweep";
  private final RedemptionStore store;
  private final Clock clock;

  public SweepExpiredRedemptions(RedemptionStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** What one run did: {@code due} reservations found, {@code released} by this run. */
  public record Summary(int due, int released) {}

  public Summary run(int limit) {
    Instant now = clock.instant();
    int released = 0;
    var due = store.dueForRelease(now, limit);
    for (RedemptionStore.Due d : due) {
      Redemption r = d.redemption();
      if (store.release(d.program(), r, true, "Released: reservation for order " + r.orderRef() + " expired", ACTOR,
          now).changed()) {
        released++;
      }
    }
    return new Summary(due.size(), released);
  }
}
