package nl.klantpunten.dynamodb;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.outbox.OutboxMessage;
import nl.klantpunten.core.program.ProgramId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Outbox items as the notification contract defines them: {@code P#<p>#C#<c> / OUTBOX#<notificationId>} with
 * {@code type} (the notification type), {@code data} (string map), {@code createdAt} and a 30-day {@code ttl}, put
 * with {@code attribute_not_exists(pk)} inside the transaction of the change that causes it.
 */
final class OutboxItems {
  static final long TTL_SECONDS = 30L * 24 * 3600;

  private OutboxItems() {}

  static TransactWriteItem put(String table, ProgramId program, CustomerId customer, OutboxMessage message,
      Instant at) {
    Map<String, AttributeValue> data = new HashMap<>();
    message.data().forEach((k, v) -> data.put(k, Item.str(v)));
    Map<String, AttributeValue> item = new HashMap<>(
        Item.builder(Keys.customer(program, customer), Keys.OUTBOX_PREFIX + message.id(), message.type())
            .s("programId", program.value())
            .s("customerId", customer.value())
            .s("notificationId", message.id())
            .instant("createdAt", at)
            .n(TableSchema.TTL_ATTRIBUTE, at.getEpochSecond() + TTL_SECONDS)
            .build());
    item.put("data", AttributeValue.fromM(data));
    return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
        .conditionExpression("attribute_not_exists(pk)")).build();
  }
}
