package nl.klantpunten.core.badge;

import java.util.Optional;
import nl.klantpunten.core.card.Card;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.ledger.Balance;
import nl.klantpunten.core.ledger.EntryQuery;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.reward.RewardProgress;
import nl.klantpunten.core.settings.BadgeSettings;
import nl.klantpunten.core.store.BadgeStateStore;
import nl.klantpunten.core.store.BadgeStore;
import nl.klantpunten.core.store.CardStore;
import nl.klantpunten.core.store.LedgerStore;
import nl.klantpunten.core.store.SettingsStore;

/**
 * Use case: the "My points" summary. Six small reads, each one request (see docs/badges.md for the cost): balance
 * (consistent GetItem), settings (GetItem), the latest entries (one Query, limit 5), badge state (GetItem), catalog
 * (one Query for badges and rewards), card (GetItem). 404 when the customer does not exist.
 */
public final class ReadSummary {
  private final LedgerStore ledger;
  private final BadgeStore catalogs;
  private final BadgeStateStore states;
  private final SettingsStore settings;
  private final CardStore cards;

  public ReadSummary(LedgerStore ledger, BadgeStore catalogs, BadgeStateStore states, SettingsStore settings,
      CardStore cards) {
    this.ledger = ledger;
    this.catalogs = catalogs;
    this.states = states;
    this.settings = settings;
    this.cards = cards;
  }

  public CustomerSummary read(ProgramId program, CustomerId customer) {
    Balance balance = ledger.balance(program, customer)
        .orElseThrow(() -> new NotFoundException("customer", customer.value()));
    BadgeSettings badgeSettings = settings.load(program).badges();
    var latest = ledger.entries(program, customer,
        new EntryQuery(CustomerSummary.LATEST, null, null, null, null, false)).items();
    Catalog catalog = catalogs.catalog(program);
    CustomerBadges badges = ReadCustomerBadges.of(balance, badgeSettings, catalog,
        states.find(program, customer).orElse(null));
    Optional<Card> card = cards.find(program, customer);
    return new CustomerSummary(balance, badgeSettings.introText(), latest, badges,
        RewardProgress.of(catalog.rewards(), balance.points()),
        card.map(Card::cardCode).orElse(null), card.map(Card::expiresOn).orElse(null));
  }
}
