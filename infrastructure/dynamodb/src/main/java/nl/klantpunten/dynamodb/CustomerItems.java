package nl.klantpunten.dynamodb;

import java.util.Map;
import nl.klantpunten.core.customer.Customer;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Maps customer profiles to items and back; search rows carry the same attributes. */
final class CustomerItems {
  private CustomerItems() {}

  static Item.Builder profileAttributes(Item.Builder builder, ProgramId program, Customer c) {
    return builder.s("programId", program.value())
        .s("customerId", c.id().value())
        .s("email", c.email())
        .s("name", c.name())
        .s("cardCode", c.cardCode())
        .instant("createdAt", c.createdAt())
        .instant("updatedAt", c.updatedAt())
        .n("version", c.version())
        .bool("emailOptIn", c.emailOptIn());
  }

  static Map<String, AttributeValue> profile(ProgramId program, Customer c) {
    return profileAttributes(Item.builder(Keys.customer(program, c.id()), Keys.PROFILE_SK, "CUSTOMER"), program, c)
        .build();
  }

  static Customer fromItem(Map<String, AttributeValue> values) {
    Item item = Item.of(values);
    return new Customer(new CustomerId(item.s("customerId")), item.s("email"), item.s("name"), item.s("cardCode"),
        item.instant("createdAt"), item.instant("updatedAt"), item.n("version"),
        item.bool("emailOptIn", true));
  }
}
