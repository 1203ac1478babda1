package nl.klantpunten.core.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.core.customer.Customer;
import nl.klantpunten.core.ledger.Balance;
import nl.klantpunten.core.program.Program;

/**
 * A customer's current values under the same names the email templates use ({@code {{balance}}}, {@code
 * {{customer.name}}}…), for channels that fill their own texts (SMS, a till receipt, a shop's account page).
 *
 * <p>{@code badge.title} and {@code reward.name} (the latest badge, the next reward) are listed as {@link
 * #NOT_YET_AVAILABLE}: badges and rewards are other issues' data, which this code does not read yet; once they are
 * stored, their values are added here under these names.
 */
public final class Shortcodes {
  public static final List<String> NOT_YET_AVAILABLE = List.of("badge.title", "reward.name");

  private Shortcodes() {}

  public static Map<String, String> of(Program program, Customer customer, Balance balance) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("customer.name", customer.name());
    values.put("program.name", program.name());
    values.put("balance", Long.toString(balance == null ? 0 : balance.points()));
    values.put("points.lifetime", Long.toString(balance == null ? 0 : balance.lifetimeEarned()));
    if (customer.cardCode() != null) {
      values.put("card.code", customer.cardCode());
    }
    return values;
  }
}
