package nl.klantpunten.dynamodb;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.earning.OrderState;
import nl.klantpunten.core.program.ProgramId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps an order's state to its item ({@code P#<p>#ORDER#<source>:<orderId> / ORDER}) and back; a skipped order also
 * carries its gsi1 keys (see {@link DynamoSkippedOrders}).
 */
final class OrderItems {
  private OrderItems() {}

  static Map<String, AttributeValue> toItem(ProgramId program, OrderState s) {
    Map<String, AttributeValue> item = new HashMap<>(
        Item.builder(Keys.order(program, s.orderKey()), Keys.ORDER_SK, "ORDER")
            .s("programId", program.value())
            .s("orderKey", s.orderKey())
            .s("status", s.status().name())
            .s("customerId", s.customerId() == null ? null : s.customerId().value())
            .n("earnedPoints", s.earnedPoints())
            .n("eligibleMinor", s.eligibleMinor())
            .n("totalMinor", s.totalMinor())
            .n("reversedPoints", s.reversedPoints())
            .n("refundedMinor", s.refundedMinor())
            .n("shortfallPoints", s.shortfallPoints())
            .s("earnedEntryId", s.earnedEntryId())
            .s("reason", s.reason())
            .n("version", s.version())
            .instant("createdAt", s.createdAt())
            .instant("updatedAt", s.updatedAt())
            .build());
    if (s.status() == OrderState.Status.SKIPPED) {
      item.put("gsi1pk", Item.str(DynamoSkippedOrders.partition(program)));
      item.put("gsi1sk", Item.str(DynamoSkippedOrders.sortKey(s.createdAt(), s.orderKey())));
    }
    if (!s.refundIds().isEmpty()) {
      item.put("refundIds", AttributeValue.fromSs(s.refundIds().stream().sorted().toList()));
    }
    return item;
  }

  static OrderState fromItem(Map<String, AttributeValue> values) {
    Item item = Item.of(values);
    AttributeValue refunds = values.get("refundIds");
    String customer = item.s("customerId");
    return new OrderState(item.s("orderKey"), OrderState.Status.valueOf(item.s("status")),
        customer == null ? null : new CustomerId(customer),
        item.n("earnedPoints"), item.n("eligibleMinor"), item.n("totalMinor"), item.n("reversedPoints"),
        item.n("refundedMinor"),
        refunds == null || !refunds.hasSs() ? Set.of() : Set.copyOf(refunds.ss()),
        item.n("shortfallPoints"), item.s("earnedEntryId"), item.s("reason"), item.n("version"),
        item.instant("createdAt"), item.instant("updatedAt"));
  }
}
