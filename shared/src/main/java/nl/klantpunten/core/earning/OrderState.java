package nl.klantpunten.core.earning;

import java.time.Instant;
import java.util.Set;
import nl.klantpunten.core.customer.CustomerId;

/**
 * What the program has done with one order so far; one stored item per order. It exists from the moment the
 * order earned (or was settled without points), and its existence is what makes earning happen once: the write
 * that creates it is part of the earning transaction and requires that it did not exist.
 *
 * @param earnedPoints the points the order earned (0 when it earned nothing)
 * @param eligibleMinor the order's eligible amount in minor units (what earned points)
 * @param totalMinor the order's total in minor units: the base a refund's share is measured against
 * @param reversedPoints the points refunds and cancellation have taken back so far (including any shortfall)
 * @param refundedMinor the sum of the refunds applied so far
 * @param refundIds the refunds applied so far; each is applied once
 * @param shortfallPoints points that could not be taken back because the customer had spent them (clamp policy)
 * @param reason why the order was skipped or closed, null when it earned
 * @param version bumped by every change; refunds are applied only to the version they were computed from
 */
public record OrderState(
    String orderKey,
    Status status,
    CustomerId customerId,
    long earnedPoints,
    long eligibleMinor,
    long totalMinor,
    long reversedPoints,
    long refundedMinor,
    Set<String> refundIds,
    long shortfallPoints,
    String earnedEntryId,
    String reason,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  public OrderState {
    refundIds = Set.copyOf(refundIds);
  }

  /**
   * EARNED: points were credited (some may have been taken back since); REVERSED: all of them were taken back;
   * SKIPPED: the order will never earn (earning off, other currency); CLOSED: cancelled or refunded before it
   * earned.
   */
  public enum Status {
    EARNED,
    REVERSED,
    SKIPPED,
    CLOSED
  }

  /** Points of this order the customer still holds. */
  public long remainingPoints() {
    return earnedPoints - reversedPoints;
  }
}
