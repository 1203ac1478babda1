package nl.klantpunten.core.earning;

import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.FieldError;
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
   * Contact data for creating the customer. A platform order always has an email but not always a name; the email
   * stands in for a missing name. Invalid data is a 400 naming {@code customer.email} / {@code customer.name}.
   */
  public CustomerDetails details() {
    String usableName = name == null || name.isBlank() ? email : name;
    try {
      return CustomerDetails.parse(email, usableName, null);
    } catch (ValidationException e) {
      throw new ValidationException(e.errors().stream()
          .map(f -> new FieldError("customer." + f.field(), f.rule(), f.message()))
          .toList());
    }
  }
}
