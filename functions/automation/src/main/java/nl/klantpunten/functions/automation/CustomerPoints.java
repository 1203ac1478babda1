package nl.klantpunten.functions.automation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.klantpunten.core.automation.PointsAction;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.ConflictException;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.error.UnprocessableException;
import nl.klantpunten.core.ledger.Balance;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.ChangeOptions;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.IdempotencyKey;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.ledger.Recorded;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.LedgerStore;

/**
 * Applies one automation action to one customer and says what happened. An entry this customer's key already
 * wrote is answered again (replayed). Remove and set are computed from the balance just read and written only
 * if that balance version is still current (else read again, up to {@link #ATTEMPTS} times), so "set to 500" lands on 500 even
 * while other changes arrive; add needs no version. A failure is this customer's result, not the request's.
 */
final class CustomerPoints {
  static final int ATTEMPTS = 25;
  private final LedgerStore ledger;

  CustomerPoints(LedgerStore ledger) {
    this.ledger = ledger;
  }

  Map<String, Object> apply(ProgramId program, CustomerId customer, PointsAction action, long points, String note,
      String actor, IdempotencyKey key) {
    try {
      Optional<Recorded> earlier = ledger.replay(program, key);
      if (earlier.isPresent()) {
        return result(customer, "replayed", earlier.get().entry(), 0, balance(program, customer));
      }
      for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
        Balance balance = ledger.balance(program, customer)
            .orElseThrow(() -> new NotFoundException("customer", customer.value()));
        PointsAction.Outcome outcome = action.decide(points, balance.points());
        if (outcome.delta() == 0) {
          return result(customer, "unchanged", null, outcome.shortfall(), balance.points());
        }
        BalanceChange change = new BalanceChange(customer, outcome.delta(), EntryKind.ADJUST, Reason.AUTOMATION, note,
            null, actor, key);
        ChangeOptions options = action == PointsAction.ADD ? ChangeOptions.NONE
            : ChangeOptions.atVersion(balance.version());
        try {
          Recorded recorded = ledger.record(program, change, options);
          return result(customer, recorded.replayed() ? "replayed" : "applied", recorded.entry(),
              outcome.shortfall(), recorded.replayed() ? balance(program, customer)
                  : balance.points() + outcome.delta());
        } catch (ConflictException e) {
          if (!ChangeOptions.BALANCE_CHANGED.equals(e.code())) {
            return failed(customer, e.code(), e.getMessage());
          }
          pause(attempt);
        }
      }
      return failed(customer, "BALANCE_BUSY", "the balance kept changing; retry with the same Idempotency-Key");
    } catch (NotFoundException e) {
      return failed(customer, "CUSTOMER_NOT_FOUND", "no customer " + customer.value() + " in this program");
    } catch (UnprocessableException e) {
      return failed(customer, e.code(), e.getMessage());
    }
  }

  /** A short random pause, so two writers that keep missing each other's version fall out of step. */
  private static void pause(int attempt) {
    try {
      Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, Math.min(50, 2L << attempt) + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private long balance(ProgramId program, CustomerId customer) {
    return ledger.balance(program, customer).map(Balance::points).orElse(0L);
  }

  private static Map<String, Object> result(CustomerId customer, String status,
      nl.klantpunten.core.ledger.LedgerEntry entry, long shortfall, long balance) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("customerId", customer.value());
    r.put("status", status);
    r.put("entryId", entry == null ? null : entry.id());
    r.put("points", entry == null ? 0 : entry.points());
    r.put("shortfall", shortfall);
    r.put("balance", balance);
    return r;
  }

  private static Map<String, Object> failed(CustomerId customer, String code, String detail) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("customerId", customer.value());
    r.put("status", "failed");
    r.put("error", Map.of("code", code, "detail", String.valueOf(detail)));
    return r;
  }
}
