package nl.klantpunten.dynamodb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.core.customer.Customer;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.customer.SearchText;
import nl.klantpunten.core.program.ProgramId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The search index of a program: partition {@code P#<p>#SEARCH}, one row per searchable value of a customer with
 * sort key {@code <normalised value> \u0001 <field> \u0001 <customerId>}, so one prefix query finds card codes, names
 * and emails at once; plus one row {@code \u0001 <customerId>} per customer for listing. Every row carries the
 * customer's profile, so a page of results needs no further reads.
 */
final class SearchRows {
  static final String SEP = "\u0001";
  static final String LIST_PREFIX = SEP;

  private SearchRows() {}

  /** Sort key → searchable field, in the order fields are compared. */
  static Map<String, String> sortKeys(Customer c) {
    Map<String, String> keys = new LinkedHashMap<>();
    normalised(c).forEach((field, value) -> keys.put(value + SEP + field + SEP + c.id().value(), field));
    keys.put(LIST_PREFIX + c.id().value(), "id");
    return keys;
  }

  static Map<String, String> normalised(Customer c) {
    Map<String, String> values = new LinkedHashMap<>();
    if (c.cardCode() != null) {
      values.put("cardCode", SearchText.normalise(c.cardCode()));
    }
    if (c.name() != null) {
      values.put("name", SearchText.normalise(c.name()));
    }
    if (c.email() != null) {
      values.put("email", SearchText.normalise(c.email()));
    }
    return values;
  }

  static List<Map<String, AttributeValue>> rows(ProgramId program, Customer c) {
    List<Map<String, AttributeValue>> rows = new ArrayList<>();
    Map<String, String> normalised = normalised(c);
    sortKeys(c).forEach((sk, field) -> rows.add(CustomerItems.profileAttributes(
            Item.builder(Keys.searchPartition(program), sk, "SEARCH"), program, c)
        .s("field", field)
        .s("nCardCode", normalised.get("cardCode"))
        .s("nName", normalised.get("name"))
        .s("nEmail", normalised.get("email"))
        .build()));
    return rows;
  }

  /**
   * A customer matching on several fields has several rows; only the one that sorts first among its matching rows
   * is shown, decided from the row alone so that paging stays consistent.
   */
  static boolean isFirstMatch(Map<String, AttributeValue> row, String query) {
    Item item = Item.of(row);
    String field = item.s("field");
    String ownKey = item.s(Keys.SK);
    String id = item.s("customerId");
    for (String other : List.of("cardCode", "name", "email")) {
      String value = item.s("n" + Character.toUpperCase(other.charAt(0)) + other.substring(1));
      if (!other.equals(field) && value != null && value.startsWith(query)
          && (value + SEP + other + SEP + id).compareTo(ownKey) < 0) {
        return false;
      }
    }
    return true;
  }

  static CustomerId customerId(Map<String, AttributeValue> row) {
    return new CustomerId(Item.of(row).s("customerId"));
  }
}
