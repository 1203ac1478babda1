package nl.klantpunten.dynamodb;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.notification.OutboxMessage;
import nl.klantpunten.core.program.ProgramId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The outbox item of the shared notification contract: {@code P#<p>#C#<c> / OUTBOX#<notificationId>} with
 * {@code type} (the notification type), {@code data} (map of strings), {@code createdAt} and {@code ttl} (30 days
 * later), put with attribute_not_exists(pk) in the transaction of the change that causes it.
 */
final class OutboxItems {
  static final Duration KEEP = Duration.ofDays(30);
  static final String OUTBOX_PREFIX = "OUTBOX#";

  private OutboxItems() {}

  static Map<String, AttributeValue> toItem(ProgramId program, CustomerId customer, OutboxMessage message,
      Instant at) {
    Map<String, AttributeValue> data = new HashMap<>();
    message.data().forEach((k, v) -> data.put(k, Item.str(v)));
    Map<String, AttributeValue> item = new HashMap<>(Item.builder(Keys.customer(program, customer),
            OUTBOX_PREFIX + message.notificationId(), message.type())
        .s("programId", program.value())
        .s("customerId", customer.value())
        .s("notificationId", message.notificationId())
        .instant("createdAt", at)
        .n(TableSchema.TTL_ATTRIBUTE, at.plus(KEEP).getEpochSecond())
        .build());
    item.put("data", AttributeValue.fromM(data));
    return item;
  }
}
