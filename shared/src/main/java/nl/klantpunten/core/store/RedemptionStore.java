package nl.klantpunten.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.klantpunten.core.ledger.IdempotencyKey;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.redemption.Redemption;

/**
 * Redemptions and the points they hold. Every method that moves points is ONE TransactWriteItems: the redemption's
 * conditional status change (or creation), the ledger entry and the customer's balance; no program-wide item takes
 * part.
 *
 * <p>{@link #reserve} throws {@code NotFoundException} (customer), {@code ConflictException} INSUFFICIENT_BALANCE,
 * BELOW_MIN_BALANCE or ORDER_ALREADY_RESERVED, {@code UnprocessableException} IDEMPOTENCY_KEY_REUSED; in each case
 * nothing is written.
 */
public interface RedemptionStore {

  /** Debits the points and stores the redemption (status reserved) and its order claim, all at once. */
  Reserved reserve(ProgramId program, Reservation reservation);

  Optional<Redemption> find(ProgramId program, String redemptionId);

  /** The redemption the order reference claims (the latest one; a released claim may be taken again). */
  Optional<Redemption> findByOrderRef(ProgramId program, String orderRef);

  /** reserved → committed, only while it has not expired at {@code at}. Throws NotFoundException when missing. */
  Transition commit(ProgramId program, String redemptionId, Instant at);

  /**
   * reserved → released, crediting the points back; with {@code onlyIfExpired} only when it expired at {@code at}
   * (the sweep: a commit that came first wins). The order's claim is marked released so the order may reserve again.
   */
  Transition release(ProgramId program, Redemption current, boolean onlyIfExpired, String note, String actor,
      Instant at);

  /** committed → returned, crediting the points back (a cancelled or refunded order). */
  Transition giveBack(ProgramId program, Redemption current, String note, String actor, Instant at);

  /**
   * Reservations of every program still reserved whose expiry is at or before {@code now}, oldest first, at most
   * {@code limit}. Read from an index without a table scan; may lag a little behind the table, so the release it
   * leads to is conditional.
   */
  List<Due> dueForRelease(Instant now, int limit);

  /** What to store: the redemption as reserved, the minimum balance it needs, the request's idempotency key. */
  record Reservation(Redemption redemption, long minBalance, IdempotencyKey idempotencyKey, String note,
      String actor) {}

  /** The stored reservation; {@code replayed} when the idempotency key found an earlier one. */
  record Reserved(Redemption redemption, boolean replayed) {}

  /** {@code changed}: this call moved it; otherwise {@code redemption} is as stored (another move came first). */
  record Transition(Redemption redemption, boolean changed) {}

  /** A reservation due for release, with its program (the sweep crosses programs). */
  record Due(ProgramId program, Redemption redemption) {}
}
