package nl.klantpunten.core.store;

import java.time.Instant;
import java.util.Optional;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.Balance;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.ChangeOptions;
import nl.klantpunten.core.ledger.EntryQuery;
import nl.klantpunten.core.ledger.IdempotencyKey;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.ledger.Recorded;
import nl.klantpunten.core.page.Page;
import nl.klantpunten.core.program.ProgramId;

/**
 * The ledger: each change is one atomic write of the entry, its idempotency guard and the balance.
 *
 * <p>{@link #record} throws {@code NotFoundException} for an unknown customer, {@code ConflictException}
 * (INSUFFICIENT_BALANCE) where the balance would go below zero and {@code UnprocessableException} where an
 * idempotency key is reused for a different request. In each case nothing is written.
 */
public interface LedgerStore {
  default Recorded record(ProgramId programId, BalanceChange change) {
    return record(programId, change, ChangeOptions.NONE);
  }

  /** As {@link #record(ProgramId, BalanceChange)}, with a version condition and/or outbox items in the same write. */
  Recorded record(ProgramId programId, BalanceChange change, ChangeOptions options);

  /** The entry an idempotency key already wrote, if any (replayed = true); nothing is written. */
  Optional<Recorded> replay(ProgramId programId, IdempotencyKey key);

  Optional<Balance> balance(ProgramId programId, CustomerId customerId);

  Page<LedgerEntry> entries(ProgramId programId, CustomerId customerId, EntryQuery query);

  /** Hides the entry from the history and reverses its effect on the balance, atomically. Returns it, deleted. */
  LedgerEntry delete(ProgramId programId, CustomerId customerId, String entryId, String actor, Instant at);
}
