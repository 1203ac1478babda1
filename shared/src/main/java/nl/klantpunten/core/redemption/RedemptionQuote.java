package nl.klantpunten.core.redemption;

import java.util.List;
import nl.klantpunten.core.money.Money;

/**
 * What a customer can redeem on a cart. {@code maxPoints}/{@code maxDiscount} is the largest redemption allowed (0
 * when {@code reasons} is not empty); {@code requested} the redemption for the points the shop asked about, rounded
 * down to whole steps and to the maximum ({@code null} when none were asked). {@code balance} is null where the
 * balance was not read (a reservation checks it inside its transaction). Amounts are null on a currency mismatch.
 */
public record RedemptionQuote(
    Long balance,
    Money cartAmount,
    Money eligibleAmount,
    long stepPoints,
    Money stepAmount,
    long maxPoints,
    Money maxDiscount,
    Requested requested,
    List<QuoteReason> reasons) {

  public RedemptionQuote {
    reasons = List.copyOf(reasons);
  }

  public boolean redeemable() {
    return reasons.isEmpty() && maxPoints > 0;
  }

  /** The redemption for the requested points: {@code adjusted} when fewer points than requested can be used. */
  public record Requested(long requestedPoints, long points, Money discount, boolean adjusted) {}
}
