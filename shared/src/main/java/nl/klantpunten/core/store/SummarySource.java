package nl.klantpunten.core.store;

import java.util.List;
import java.util.Optional;
import nl.klantpunten.core.badge.BadgeState;
import nl.klantpunten.core.badge.Catalog;
import nl.klantpunten.core.card.Card;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.Balance;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.settings.ProgramSettings;

/**
 * Everything the "My points" summary shows, read in as few requests as the data model allows (see docs/badges.md:
 * three Queries, issued together).
 */
public interface SummarySource {

  /** What was read; {@code balance} empty means the customer does not exist. */
  record Snapshot(Optional<Balance> balance, Optional<BadgeState> badgeState, Optional<Card> card,
      ProgramSettings settings, Catalog catalog, List<LedgerEntry> latestEntries) {}

  Snapshot read(ProgramId program, CustomerId customer, int latestEntries);
}
