package nl.klantpunten.core.earning;

import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.ValidationException;

/**
 * Who placed an order, as the order says: the shop's customer id (null for a guest checkout) and the contact data
 * a customer unknown to the program is created from.
 */
public record OrderCustomer(CustomerId id, String email, String name) {

  public static OrderCustomer guest(String email, String name) {
    return new OrderCustomer(null, email, name);
  }

  public boolean isGuest() {
    return id == null;
  }

  /**
   * Contact data for creating the customer. Platforms send orders without a usable email (WooCommerce orders entered
   * in wp-admin, Shopify customers who checked out with a phone number): such a customer is created without one and
   * is never emailed, rather than refusing a delivery the platform would retry until it disables the webhook. The
   * name falls back to the email, then to the shop's customer id.
   */
  public CustomerDetails details() {
    String usableEmail = usableEmail(email);
    String usableName = firstNonBlank(name, usableEmail, id == null ? null : id.value());
    if (usableName.length() > CustomerDetails.MAX_NAME_LENGTH) {
      usableName = usableName.substring(0, CustomerDetails.MAX_NAME_LENGTH).strip();
    }
    return usableEmail == null ? new CustomerDetails(null, usableName, null, null)
        : CustomerDetails.parse(usableEmail, usableName, null);
  }

  private static String usableEmail(String email) {
    if (email == null || email.isBlank()) {
      return null;
    }
    try {
      return CustomerDetails.parse(email, "-", null).email();
    } catch (ValidationException notAnAddress) {
      return null;
    }
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return "-";
  }
}
