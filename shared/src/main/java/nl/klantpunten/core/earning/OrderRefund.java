package nl.klantpunten.core.earning;

import java.util.regex.Pattern;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.money.Money;

/** A refund of part (or all) of an order: the platform's refund id and the amount given back. */
public record OrderRefund(String id, Money amount) {
  private static final Pattern FORMAT = Pattern.compile("[\\x21-\\x7E]{1,128}");

  public static OrderRefund of(String field, String id, Money amount) {
    if (id == null || !FORMAT.matcher(id).matches()) {
      throw ValidationException.of(field, "format", "a refund id of 1-128 visible ASCII characters is required");
    }
    if (amount.isNegative()) {
      throw ValidationException.of(field, "range", "a refund amount is not negative");
    }
    return new OrderRefund(id, amount);
  }
}
