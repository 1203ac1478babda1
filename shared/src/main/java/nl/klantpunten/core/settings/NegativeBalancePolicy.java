package nl.klantpunten.core.settings;

/**
 * What a refund or cancellation does when the customer has already spent the order's points. {@code CLAMP} (the
 * default) takes the balance to zero and records the points it could not take back as the entry's shortfall;
 * {@code ALLOW_NEGATIVE} takes them all and lets the balance go below zero, to be earned back by later orders.
 */
public enum NegativeBalancePolicy {
  CLAMP("clamp"),
  ALLOW_NEGATIVE("allowNegative");

  private final String wireName;

  NegativeBalancePolicy(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
