package nl.klantpunten.core.badge;

import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.ledger.Balance;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.settings.BadgeSettings;
import nl.klantpunten.core.store.BadgeStateStore;
import nl.klantpunten.core.store.BadgeStore;
import nl.klantpunten.core.store.LedgerStore;
import nl.klantpunten.core.store.SettingsStore;

/**
 * Use case: a customer's badges (held, history, next). Four reads: balance, badge state, catalog, settings.
 * 404 when the customer does not exist.
 */
public final class ReadCustomerBadges {
  private final LedgerStore ledger;
  private final BadgeStore catalogs;
  private final BadgeStateStore states;
  private final SettingsStore settings;

  public ReadCustomerBadges(LedgerStore ledger, BadgeStore catalogs, BadgeStateStore states, SettingsStore settings) {
    this.ledger = ledger;
    this.catalogs = catalogs;
    this.states = states;
    this.settings = settings;
  }

  public CustomerBadges read(ProgramId program, CustomerId customer) {
    Balance balance = ledger.balance(program, customer)
        .orElseThrow(() -> new NotFoundException("customer", customer.value()));
    BadgeSettings badgeSettings = settings.load(program).badges();
    Catalog catalog = catalogs.catalog(program);
    return of(balance, badgeSettings, catalog, states.find(program, customer).orElse(null));
  }

  static CustomerBadges of(Balance balance, BadgeSettings settings, Catalog catalog, BadgeState state) {
    long live = settings.measure().of(balance.points(), balance.lifetimeEarned());
    return CustomerBadges.of(state, catalog, settings.measure(), live);
  }
}
