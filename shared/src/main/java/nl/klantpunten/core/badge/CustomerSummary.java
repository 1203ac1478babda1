package nl.klantpunten.core.badge;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.klantpunten.core.ledger.Balance;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.reward.RewardProgress;

/**
 * A customer's "My points" page in one answer: balance, the program's intro text, the latest transactions, badges
 * (held and next; empty when the program does not show badges to customers), every reward with the points missing,
 * the card's expiry when the customer has a card, and whether the program's points are on.
 */
public record CustomerSummary(Balance balance, String introText, List<LedgerEntry> latestTransactions,
    Optional<CustomerBadges> badges, List<RewardProgress> rewards, String cardCode, LocalDate cardExpiresOn,
    boolean pointsEnabled) {
  /** How many transactions the summary shows. */
  public static final int LATEST = 5;
}
