package nl.klantpunten.core.program;

import java.util.Currency;
import java.util.Locale;
import nl.klantpunten.core.error.Violations;

/** Validated input for creating a program. */
public record NewProgram(String name, ProgramKind kind, Currency currency) {

  public static NewProgram parse(String name, String kind, String currencyCode) {
    Violations v = new Violations();
    if (name == null || name.isBlank()) {
      v.add("name", "required", "a program needs a name");
    } else if (name.length() > Program.MAX_NAME_LENGTH) {
      v.add("name", "maxLength", "at most " + Program.MAX_NAME_LENGTH + " characters");
    }
    ProgramKind parsedKind = null;
    try {
      parsedKind = ProgramKind.valueOf(kind == null ? "SHOP" : kind.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      v.add("kind", "enum", "must be shop or vendor");
    }
    Currency currency = null;
    try {
      currency = Currency.getInstance(currencyCode == null ? "" : currencyCode.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      v.add("currency", "iso4217", "must be an ISO 4217 currency code such as EUR");
    }
    v.throwIfAny();
    return new NewProgram(name.strip(), parsedKind, currency);
  }
}
