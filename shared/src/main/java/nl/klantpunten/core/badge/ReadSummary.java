package nl.klantpunten.core.badge;

import java.util.Optional;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.ledger.Balance;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.reward.RewardProgress;
import nl.klantpunten.core.settings.BadgeSettings;
import nl.klantpunten.core.settings.PointsSwitch;
import nl.klantpunten.core.store.SummarySource;

/**
 * Use case: the "My points" summary. The reads come in one {@link SummarySource} call (three Queries issued
 * together; cost in docs/badges.md); this class only assembles them, leaving badges out when the program hides
 * them from customers ({@code badges.display}). 404 when the customer does not exist.
 */
public final class ReadSummary {
  private final SummarySource source;

  public ReadSummary(SummarySource source) {
    this.source = source;
  }

  public CustomerSummary read(ProgramId program, CustomerId customer) {
    SummarySource.Snapshot s = source.read(program, customer, CustomerSummary.LATEST);
    Balance balance = s.balance().orElseThrow(() -> new NotFoundException("customer", customer.value()));
    BadgeSettings badgeSettings = s.settings().badges();
    Optional<CustomerBadges> badges = badgeSettings.display()
        ? Optional.of(ReadCustomerBadges.of(balance, badgeSettings, s.catalog(), s.badgeState().orElse(null)))
        : Optional.empty();
    return new CustomerSummary(balance, badgeSettings.introText(), s.latestEntries(), badges,
        RewardProgress.of(s.catalog().rewards(), balance.points()),
        s.card().map(c -> c.cardCode()).orElse(null), s.card().map(c -> c.expiresOn()).orElse(null),
        PointsSwitch.on(s.settings()));
  }
}
