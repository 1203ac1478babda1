package nl.klantpunten.core.redemption;

import java.time.Instant;
import java.util.Objects;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.money.Money;

/**
 * Points turned into a discount for one order ({@code orderRef}, the shop's reference for the checkout). The
 * points left the balance when it was reserved ({@code reserveEntryId}); a release or return puts them back with
 * its own entry ({@code returnEntryId}).
 */
public record Redemption(
    String id,
    CustomerId customerId,
    String orderRef,
    long points,
    Money discount,
    RedemptionStatus status,
    Instant createdAt,
    Instant expiresAt,
    Instant updatedAt,
    String reserveEntryId,
    String returnEntryId) {

  public Redemption {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(status, "status");
    if (points <= 0) {
      throw new IllegalArgumentException("a redemption uses at least one point");
    }
  }

  public Redemption withStatus(RedemptionStatus next, Instant at, String entryId) {
    return new Redemption(id, customerId, orderRef, points, discount, next, createdAt, expiresAt, at, reserveEntryId,
        entryId == null ? returnEntryId : entryId);
  }
}
