package nl.klantpunten.core.earning;

import java.util.List;
import nl.klantpunten.core.customer.CustomerId;

/**
 * What one order event did, for the webhook's answer. {@code result} is the most significant thing that happened:
 * earned, reversed, or, when nothing was written, unchanged / waiting / skipped / closed; {@code reason} says why
 * in a stable code (ALREADY_EARNED, GUEST_ORDER, EARNING_DISABLED,
 * POINTS_DISABLED, …).
 */
public record OrderOutcome(
    OrderRef order,
    String result,
    String reason,
    CustomerId customerId,
    boolean customerCreated,
    long earned,
    long reversed,
    long shortfall,
    List<String> entryIds,
    PointsBreakdown breakdown,
    OrderStatus earnOn) {

  public OrderOutcome {
    entryIds = List.copyOf(entryIds);
  }
}
