package nl.klantpunten.core.earning;

import java.util.Locale;
import nl.klantpunten.core.error.ValidationException;

/**
 * Where an order stands, in the product's own words; every platform's statuses are mapped onto these. The first
 * three are ordered (created, then paid, then completed): an order earns when it first reaches the status the
 * program chose or any later one, so a shop that skips "paid" still earns on "completed". Cancelled and refunded
 * end the order.
 */
public enum OrderStatus {
  CREATED(1),
  PAID(2),
  COMPLETED(3),
  CANCELLED(0),
  REFUNDED(0);

  private final int progress;

  OrderStatus(int progress) {
    this.progress = progress;
  }

  /** True when an order in this status has got at least as far as {@code earnOn}. */
  public boolean hasReached(OrderStatus earnOn) {
    return progress > 0 && progress >= earnOn.progress;
  }

  /** Cancelled or (fully) refunded: the order's points go back. */
  public boolean isClosing() {
    return progress == 0;
  }

  /** Only the three progress statuses can be the status that earns. */
  public boolean canEarnOn() {
    return progress > 0;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static OrderStatus fromWire(String field, String value) {
    if (value != null) {
      for (OrderStatus s : values()) {
        if (s.wireName().equals(value)) {
          return s;
        }
      }
    }
    throw ValidationException.of(field, "enum", "must be one of created, paid, completed, cancelled, refunded");
  }
}
