package nl.klantpunten.core.earning;

import nl.klantpunten.core.page.Page;
import nl.klantpunten.core.program.ProgramId;

/**
 * The orders of one program that were recorded as skipped (guest order, test order, earning off, another currency),
 * newest first, each with its reason: what an admin reads to see why a customer got nothing for an order.
 */
public interface SkippedOrders {
  int DEFAULT_LIMIT = 50;
  int MAX_LIMIT = 100;

  Page<OrderState> list(ProgramId program, int limit, String cursor);
}
