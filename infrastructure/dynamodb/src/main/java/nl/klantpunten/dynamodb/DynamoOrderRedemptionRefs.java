package nl.klantpunten.dynamodb;

import java.util.Optional;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.redemption.OrderRedemptionRefs;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code P#<p>#ORDER#<source>:<order> / REDEMPTIONREF}: the orderRef (and customer) an order's events named, in the
 * order's own partition. Written with one PutItem per order event that names a reference (the same values again on
 * a redelivery); it moves no points, so it takes no part in a balance transaction.
 */
final class DynamoOrderRedemptionRefs implements OrderRedemptionRefs {
  static final String SK = "REDEMPTIONREF";
  private final DynamoDbClient dynamo;
  private final String table;

  DynamoOrderRedemptionRefs(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public void remember(ProgramId program, String orderKey, String orderRef, CustomerId customer) {
    dynamo.putItem(b -> b.tableName(table).item(Item.builder(Keys.order(program, orderKey), SK, "ORDER_REDEMPTION_REF")
        .s("programId", program.value())
        .s("orderKey", orderKey)
        .s("orderRef", orderRef)
        .s("customerId", customer == null ? null : customer.value())
        .build()));
  }

  @Override
  public Optional<Link> find(ProgramId program, String orderKey) {
    var response = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
        .key(Keys.key(Keys.order(program, orderKey), SK)));
    if (!response.hasItem() || response.item().isEmpty()) {
      return Optional.empty();
    }
    Item item = Item.of(response.item());
    String customer = item.s("customerId");
    return Optional.of(new Link(item.s("orderRef"), customer == null ? null : new CustomerId(customer)));
  }
}
