package nl.klantpunten.core.redemption;

import java.util.Currency;
import java.util.List;
import java.util.Objects;

/** What the customer is about to buy, in {@code currency}: the basis of a quote and of a reservation. */
public record Cart(Currency currency, List<CartLine> lines) {
  public static final int MAX_LINES = 1_000;

  public Cart {
    Objects.requireNonNull(currency, "currency");
    lines = List.copyOf(lines);
  }
}
