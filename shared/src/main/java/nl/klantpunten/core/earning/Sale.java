package nl.klantpunten.core.earning;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Set;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.error.Violations;
import nl.klantpunten.core.ledger.PointsRules;
import nl.klantpunten.core.money.Money;
import nl.klantpunten.core.settings.FieldReader;

/**
 * A sale a vendor records at the till ({@code POST /v1/sales}): who bought (customer id or card code), for how
 * much (a decimal in the program's currency, more than zero) and a note, which is required. The program's ratio
 * turns the amount into points, floored.
 */
public record Sale(String customer, Money amount, String note) {
  private static final Set<String> FIELDS = Set.of("customer", "saleAmount", "note");
  public static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(1_000_000_000L);

  public static Sale parse(Map<String, Object> body, Currency currency) {
    Violations v = new Violations();
    FieldReader in = new FieldReader(body, "", v).only(FIELDS);
    String customer = in.text("customer");
    if (customer == null || customer.isBlank()) {
      v.add("customer", "required", "the customer's id or card code is required");
    } else if (customer.strip().length() > 128) {
      v.add("customer", "maxLength", "at most 128 characters");
    }
    BigDecimal decimal = in.decimal("saleAmount");
    Money amount = null;
    if (decimal == null && !in.has("saleAmount")) {
      v.add("saleAmount", "required", "the sale's amount is required, e.g. \"12.50\"");
    } else if (decimal != null) {
      if (decimal.signum() <= 0 || decimal.compareTo(MAX_AMOUNT) > 0) {
        v.add("saleAmount", "range", "must be more than 0 and at most " + MAX_AMOUNT);
      } else {
        try {
          amount = Money.parse("saleAmount", decimal.toPlainString(), currency);
        } catch (ValidationException e) {
          e.errors().forEach(f -> v.add(f.field(), f.rule(), f.message()));
        }
      }
    }
    String note = in.text("note");
    PointsRules.checkNote(v, "note", note);
    v.throwIfAny();
    return new Sale(customer.strip(), amount, note.strip());
  }
}
