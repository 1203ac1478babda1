package nl.klantpunten.core.redemption;

import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.ledger.Balance;
import nl.klantpunten.core.settings.PointsSwitch;
import nl.klantpunten.core.settings.ProgramConfig;
import nl.klantpunten.core.store.LedgerStore;

/**
 * What a customer could redeem on a cart. Writes nothing; reads only the customer's balance (one GetItem): the
 * program and its settings come from the caller's per-container cache.
 */
public final class QuoteRedemption {
  private final LedgerStore ledger;

  public QuoteRedemption(LedgerStore ledger) {
    this.ledger = ledger;
  }

  /** 409 POINTS_DISABLED while the program's points are off: nothing can be redeemed then. */
  public RedemptionQuote quote(ProgramConfig config, CustomerId customer, Cart cart, Long requestedPoints) {
    PointsSwitch.requireOn(config.settings());
    Balance balance = ledger.balance(config.program().id(), customer)
        .orElseThrow(() -> new NotFoundException("customer", customer.value()));
    return RedemptionRules.quote(config.redemption(), config.currency(), cart, balance.points(), requestedPoints);
  }
}
