package nl.klantpunten.core.badge;

import java.time.LocalDate;
import java.util.List;
import nl.klantpunten.core.ledger.Balance;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.reward.RewardProgress;

/**
 * A customer's "My points" page in one answer: balance, the program's intro text, the latest transactions, badges
 * (held and next), every reward with the points missing, and the card's expiry when the customer has a card.
 */
public record CustomerSummary(Balance balance, String introText, List<LedgerEntry> latestTransactions,
    CustomerBadges badges, List<RewardProgress> rewards, String cardCode, LocalDate cardExpiresOn) {
  /** How many transactions the summary shows. */
  public static final int LATEST = 5;
}
