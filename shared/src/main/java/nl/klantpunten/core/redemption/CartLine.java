package nl.klantpunten.core.redemption;

import java.util.Objects;
import nl.klantpunten.core.money.Money;

/**
 * One line of a checkout cart: {@code quantity × unitPrice} is the line's amount (exact, in minor units). {@code
 * productId} is null for a line without product (a fee), which counts only when no product list restricts the cart.
 */
public record CartLine(nl.klantpunten.core.earning.ProductId productId, long quantity, Money unitPrice,
    boolean discounted) {

  public CartLine {
    Objects.requireNonNull(unitPrice, "unitPrice");
    if (quantity < 1 || unitPrice.isNegative()) {
      throw new IllegalArgumentException("cart lines have a positive quantity and no negative price");
    }
  }

  /** quantity × unit price; ArithmeticException beyond 64 bits. */
  public long amountMinor() {
    return Math.multiplyExact(quantity, unitPrice.minorUnits());
  }
}
