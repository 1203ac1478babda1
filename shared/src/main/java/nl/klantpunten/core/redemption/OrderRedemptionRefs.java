package nl.klantpunten.core.redemption;

import java.util.Optional;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramId;

/**
 * Which checkout reservation (its orderRef) an order used, remembered when an order event names it: a refund that
 * arrives on its own (Shopify's refunds/create) carries only the order's id, yet a refund of the whole order must
 * return the redeemed points too.
 */
public interface OrderRedemptionRefs {

  /** Remembers (or confirms) that the order {@code orderKey} of {@code customer} used {@code orderRef}. */
  void remember(ProgramId program, String orderKey, String orderRef, CustomerId customer);

  Optional<Link> find(ProgramId program, String orderKey);

  record Link(String orderRef, CustomerId customer) {}
}
