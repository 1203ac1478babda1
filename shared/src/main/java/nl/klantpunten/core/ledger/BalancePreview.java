package nl.klantpunten.core.ledger;

/** The outcome a change would have; {@code reason} says why it is not allowed, null when it is. */
public record BalancePreview(long currentBalance, long newBalance, boolean allowed, String reason) {
  public static final String INSUFFICIENT_BALANCE = "INSUFFICIENT_BALANCE";

  /** A balance never goes below zero. */
  public static BalancePreview of(long currentBalance, long delta) {
    long next = Math.addExact(currentBalance, delta);
    return next < 0
        ? new BalancePreview(currentBalance, next, false, INSUFFICIENT_BALANCE)
        : new BalancePreview(currentBalance, next, true, null);
  }
}
