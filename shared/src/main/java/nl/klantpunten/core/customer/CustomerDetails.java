package nl.klantpunten.core.customer;

import java.util.Locale;
import java.util.regex.Pattern;
import nl.klantpunten.core.error.Violations;

/**
 * Validated contact data of a customer, as a shop sends it. {@code emailOptIn}: whether the customer wants the
 * program's emails; null keeps the stored choice (a new customer: yes).
 */
public record CustomerDetails(String email, String name, String cardCode, Boolean emailOptIn) {
  public static final int MAX_EMAIL_LENGTH = 254;
  public static final int MAX_NAME_LENGTH = 200;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern CARD_CODE = Pattern.compile("[A-Z0-9-]{4,32}");

  /** Details that leave the email choice as it is. */
  public static CustomerDetails parse(String email, String name, String cardCode) {
    return parse(email, name, cardCode, null);
  }

  /** Checks every field and normalises: trimmed, email lowercased, card code uppercased. */
  public static CustomerDetails parse(String email, String name, String cardCode, Boolean emailOptIn) {
    Violations v = new Violations();
    String cleanEmail = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    if (cleanEmail == null || cleanEmail.isEmpty()) {
      v.add("email", "required", "an email address is required");
    } else if (cleanEmail.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(cleanEmail).matches()) {
      v.add("email", "format", "must be an email address of at most " + MAX_EMAIL_LENGTH + " characters");
    }
    String cleanName = name == null ? null : name.strip();
    if (cleanName == null || cleanName.isEmpty()) {
      v.add("name", "required", "a name is required");
    } else if (cleanName.length() > MAX_NAME_LENGTH) {
      v.add("name", "maxLength", "at most " + MAX_NAME_LENGTH + " characters");
    }
    String cleanCard = cardCode == null || cardCode.isBlank() ? null : cardCode.strip().toUpperCase(Locale.ROOT);
    if (cleanCard != null && !CARD_CODE.matcher(cleanCard).matches()) {
      v.add("cardCode", "format", "4-32 letters, digits or dashes");
    }
    v.throwIfAny();
    return new CustomerDetails(cleanEmail, cleanName, cleanCard, emailOptIn);
  }
}
