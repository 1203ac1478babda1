package nl.klantpunten.core.gift;

import java.util.List;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramId;

/** Up to one segment page (100) of customers who are still to get one plan's gift for one period. */
public record GiftBatch(ProgramId program, GiftPlan plan, GiftPeriod period, List<CustomerId> customers) {
  public GiftBatch {
    customers = List.copyOf(customers);
  }
}
