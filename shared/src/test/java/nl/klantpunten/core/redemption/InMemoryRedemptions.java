package nl.klantpunten.core.redemption;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.RedemptionStore;

/**
 * A RedemptionStore in memory with the same conditions as the DynamoDB one (status and expiry), for the decision
 * logic's unit tests; balances are not modelled (the DynamoDB store's tests cover them). One program only.
 */
final class InMemoryRedemptions implements RedemptionStore {
  final Map<String, Redemption> byId = new ConcurrentHashMap<>();
  final Map<String, String> claims = new ConcurrentHashMap<>();
  int credits;

  Redemption add(Redemption r) {
    byId.put(r.id(), r);
    claims.put(r.orderRef(), r.id());
    return r;
  }

  @Override
  public Reserved reserve(ProgramId program, Reservation reservation) {
    return new Reserved(add(reservation.redemption()), false);
  }

  @Override
  public Optional<Redemption> find(ProgramId program, String redemptionId) {
    return Optional.ofNullable(byId.get(redemptionId));
  }

  @Override
  public Optional<Redemption> findByOrderRef(ProgramId program, String orderRef) {
    return Optional.ofNullable(claims.get(orderRef)).map(byId::get);
  }

  @Override
  public synchronized Transition commit(ProgramId program, String redemptionId, Instant at) {
    Redemption r = byId.get(redemptionId);
    if (r == null) {
      throw new NotFoundException("redemption", "redemptionId", redemptionId);
    }
    if (r.status() != RedemptionStatus.RESERVED || !r.expiresAt().isAfter(at)) {
      return new Transition(r, false);
    }
    return move(r, RedemptionStatus.COMMITTED, at, null);
  }

  @Override
  public synchronized Transition release(ProgramId program, Redemption current, boolean onlyIfExpired, String note,
      String actor, Instant at) {
    Redemption r = byId.get(current.id());
    if (r.status() != RedemptionStatus.RESERVED || (onlyIfExpired && r.expiresAt().isAfter(at))) {
      return new Transition(r, false);
    }
    credits++;
    return move(r, RedemptionStatus.RELEASED, at, "tx_release");
  }

  @Override
  public synchronized Transition giveBack(ProgramId program, Redemption current, String note, String actor,
      Instant at) {
    Redemption r = byId.get(current.id());
    if (r.status() != RedemptionStatus.COMMITTED) {
      return new Transition(r, false);
    }
    credits++;
    return move(r, RedemptionStatus.RETURNED, at, "tx_return");
  }

  @Override
  public List<Due> dueForRelease(Instant now, int limit) {
    return byId.values().stream()
        .filter(r -> r.status() == RedemptionStatus.RESERVED && !r.expiresAt().isAfter(now))
        .limit(limit)
        .map(r -> new Due(new ProgramId("prg_test0001"), r))
        .toList();
  }

  private Transition move(Redemption r, RedemptionStatus to, Instant at, String entry) {
    Redemption next = r.withStatus(to, at, entry);
    byId.put(r.id(), next);
    return new Transition(next, true);
  }
}
