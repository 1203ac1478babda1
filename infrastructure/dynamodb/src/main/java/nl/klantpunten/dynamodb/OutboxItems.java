package nl.klantpunten.dynamodb;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.time.format.DateTimeParseException;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.notification.Notification;
import nl.klantpunten.core.notification.NotificationType;
import nl.klantpunten.core.notification.OutboxNotice;
import nl.klantpunten.core.outbox.OutboxMessage;
import nl.klantpunten.core.program.ProgramId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The notification outbox item of the shared contract: {@code P#<p>#C#<c> / OUTBOX#<notificationId>} with {@code
 * type} (the notification type), {@code data} (string map), {@code createdAt} and a {@code ttl} 30 days later. It is
 * put inside the transaction of the change that causes it, on attribute_not_exists(pk), and read back from the
 * table stream by the relay ({@link #fromItem}), which takes program and customer from the key so items written by
 * any store decode the same way.
 */
public final class OutboxItems {
  public static final String SK_PREFIX = Keys.OUTBOX_PREFIX;
  public static final Duration KEEP = Duration.ofDays(30);

  private OutboxItems() {}

  public static boolean isOutboxKey(String sk) {
    return sk != null && sk.startsWith(SK_PREFIX);
  }

  /** The item for {@code notice}, whose id must be resolved (see {@link OutboxNotice#forEntry}). */
  public static Map<String, AttributeValue> toItem(ProgramId program, CustomerId customer, OutboxNotice notice,
      Instant at) {
    if (notice.notificationId() == null) {
      throw new IllegalArgumentException("the outbox needs a resolved notification id");
    }
    Map<String, AttributeValue> item = new HashMap<>(Map.of(
        Keys.PK, Item.str(Keys.customer(program, customer)),
        Keys.SK, Item.str(SK_PREFIX + notice.notificationId()),
        Keys.TYPE, Item.str(notice.type().name()),
        "programId", Item.str(program.value()),
        "customerId", Item.str(customer.value()),
        "notificationId", Item.str(notice.notificationId()),
        "createdAt", Item.str(at.toString()),
        TableSchema.TTL_ATTRIBUTE, Item.num(at.plus(KEEP).getEpochSecond())));
    Map<String, AttributeValue> data = new HashMap<>();
    notice.data().forEach((k, v) -> data.put(k, Item.str(v)));
    item.put("data", AttributeValue.fromM(data));
    return item;
  }

  /** The transaction part that writes {@code notice}: once, never over an existing outbox item. */
  public static TransactWriteItem put(String table, ProgramId program, CustomerId customer, OutboxNotice notice,
      Instant at) {
    Map<String, AttributeValue> item = toItem(program, customer, notice, at);
    return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
        .conditionExpression("attribute_not_exists(pk)")).build();
  }

  /** The same for a message of the badges issue ({@link OutboxMessage}: its type is a notification type's name). */
  static TransactWriteItem put(String table, ProgramId program, CustomerId customer, OutboxMessage message,
      Instant at) {
    return put(table, program, customer,
        new OutboxNotice(NotificationType.valueOf(message.type()), message.id(), message.data()), at);
  }

  /** The notification an outbox item carries; empty when the item is not a (well-formed) outbox item. */
  public static Optional<Notification> fromItem(Map<String, AttributeValue> values) {
    if (values == null) {
      return Optional.empty();
    }
    Item item = Item.of(values);
    String sk = item.s(Keys.SK);
    String pk = item.s(Keys.PK);
    if (!isOutboxKey(sk) || pk == null) {
      return Optional.empty();
    }
    String[] parts = pk.split("#");
    if (parts.length != 4 || !"P".equals(parts[0]) || !"C".equals(parts[2])) {
      return Optional.empty();
    }
    NotificationType type;
    try {
      type = NotificationType.valueOf(item.s(Keys.TYPE));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
    Map<String, String> data = new HashMap<>();
    AttributeValue stored = values.get("data");
    if (stored != null && stored.hasM()) {
      stored.m().forEach((k, v) -> {
        if (v.s() != null) {
          data.put(k, v.s());
        } else if (v.n() != null) {
          data.put(k, v.n());
        }
      });
    }
    try {
      return Optional.of(new Notification(new ProgramId(parts[1]), new CustomerId(parts[3]),
          sk.substring(SK_PREFIX.length()), type, data, item.instant("createdAt")));
    } catch (ValidationException | DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
