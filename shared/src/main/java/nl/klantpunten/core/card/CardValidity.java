package nl.klantpunten.core.card;

import java.time.LocalDate;

/**
 * How long a card stays valid, in calendar months. The expiry date is the issue date plus that many months; where
 * the target month is shorter the date is clamped to its last day (issued 31 January, 1 month → 28 or 29 February;
 * issued 29 February 2024, 12 months → 28 February 2025), so a card never lives longer than its months.
 */
public record CardValidity(int months) {
  public static final int MIN_MONTHS = 1;
  public static final int MAX_MONTHS = 120;

  public CardValidity {
    if (months < MIN_MONTHS || months > MAX_MONTHS) {
      throw new IllegalArgumentException("validity must be " + MIN_MONTHS + "-" + MAX_MONTHS + " months");
    }
  }

  public LocalDate expiresOn(LocalDate issuedOn) {
    return issuedOn.plusMonths(months);
  }
}
