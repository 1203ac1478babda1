package nl.klantpunten.core.earning;

import java.util.Objects;
import nl.klantpunten.core.money.Money;

/**
 * One line of an order. {@code total} is what the customer pays for the line after its discounts and before tax;
 * {@code tax} is the line's tax. {@code productId} is null for lines without a product (custom items, fees), which
 * always earn by the ratio. {@code giftCard}: the line sells a gift card (earns only when the program says so).
 */
public record OrderLine(ProductId productId, long quantity, Money total, Money tax, boolean discounted,
    boolean giftCard) {

  /** A line that does not sell a gift card. */
  public OrderLine(ProductId productId, long quantity, Money total, Money tax, boolean discounted) {
    this(productId, quantity, total, tax, discounted, false);
  }

  public OrderLine {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(tax, "tax");
    if (quantity < 0 || total.isNegative() || tax.isNegative()) {
      throw new IllegalArgumentException("order lines have no negative quantities or amounts");
    }
  }

  /** The amount of the line that counts for earning: the total, plus its tax where the program counts tax. */
  public Money eligibleAmount(boolean includeTax) {
    return includeTax ? total.plus(tax) : total;
  }
}
