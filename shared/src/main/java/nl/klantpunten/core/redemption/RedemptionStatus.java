package nl.klantpunten.core.redemption;

import java.util.Locale;

/**
 * Where a redemption stands. RESERVED → COMMITTED (the order was paid) or RESERVED → RELEASED (cancelled, or expired
 * and swept: the points went back); COMMITTED → RETURNED (the order was cancelled or refunded afterwards and the
 * program gives redeemed points back). Every move is one conditional write from the state before, so of two
 * concurrent moves exactly one wins.
 */
public enum RedemptionStatus {
  RESERVED,
  COMMITTED,
  RELEASED,
  RETURNED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
