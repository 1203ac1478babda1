package nl.klantpunten.dynamodb;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.NotificationLog;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * The notifier's marker per notification: {@code P#<p>#C#<c> / NOTIFIED#<notificationId>} with {@code status}
 * SENDING, SENT or SKIPPED. The claim is a conditional put (nothing there, or a SENDING claim older than the lease),
 * so two deliveries of the same message cannot both send. Kept 30 days (ttl), longer than SQS keeps a message.
 */
final class DynamoNotificationLog implements NotificationLog {
  private static final String SK_PREFIX = "NOTIFIED#";
  private final DynamoDbClient dynamo;
  private final String table;

  DynamoNotificationLog(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  private static Map<String, AttributeValue> key(ProgramId program, CustomerId customer, String notificationId) {
    return Keys.key(Keys.customer(program, customer), SK_PREFIX + notificationId);
  }

  @Override
  public Claim claim(ProgramId program, CustomerId customer, String notificationId, String type, Instant now,
      Duration lease) {
    Map<String, AttributeValue> key = key(program, customer, notificationId);
    Map<String, AttributeValue> item = Item.builder(key.get(Keys.PK).s(), key.get(Keys.SK).s(), "NOTIFICATION")
        .s("programId", program.value())
        .s("customerId", customer.value())
        .s("notificationId", notificationId)
        .s("notificationType", type)
        .s("status", Status.SENDING.name())
        .instant("claimedAt", now)
        .n(TableSchema.TTL_ATTRIBUTE, now.plus(OutboxItems.KEEP).getEpochSecond())
        .build();
    try {
      dynamo.putItem(b -> b.tableName(table).item(item)
          .conditionExpression("attribute_not_exists(pk) OR (#status = :sending AND claimedAt < :stale)")
          .expressionAttributeNames(Map.of("#status", "status"))
          .expressionAttributeValues(Map.of(":sending", Item.str(Status.SENDING.name()),
              ":stale", Item.str(now.minus(lease).toString())))
          .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
      return Claim.CLAIMED;
    } catch (ConditionalCheckFailedException taken) {
      String status = taken.hasItem() ? Item.of(taken.item()).s("status") : null;
      if (status == null) {
        status = find(program, customer, notificationId).map(e -> e.status().name()).orElse(Status.SENDING.name());
      }
      return switch (Status.valueOf(status)) {
        case SENT -> Claim.SENT_BEFORE;
        case SKIPPED -> Claim.SKIPPED_BEFORE;
        case SENDING -> Claim.IN_PROGRESS;
      };
    }
  }

  @Override
  public void markSent(ProgramId program, CustomerId customer, String notificationId, String messageId, Instant at) {
    finish(program, customer, notificationId, Status.SENT, "messageId", messageId, at);
  }

  @Override
  public void markSkipped(ProgramId program, CustomerId customer, String notificationId, String reason,
      Instant at) {
    finish(program, customer, notificationId, Status.SKIPPED, "reason", reason, at);
  }

  private void finish(ProgramId program, CustomerId customer, String notificationId, Status status, String field,
      String value, Instant at) {
    dynamo.updateItem(b -> b.tableName(table).key(key(program, customer, notificationId))
        .updateExpression("SET #status = :status, #field = :value, doneAt = :at")
        .conditionExpression("attribute_exists(pk)")
        .expressionAttributeNames(Map.of("#status", "status", "#field", field))
        .expressionAttributeValues(Map.of(":status", Item.str(status.name()), ":value", Item.str(value),
            ":at", Item.str(at.toString()))));
  }

  @Override
  public void release(ProgramId program, CustomerId customer, String notificationId, Instant claimedAt) {
    try {
      dynamo.deleteItem(b -> b.tableName(table).key(key(program, customer, notificationId))
          .conditionExpression("#status = :sending AND claimedAt = :claimed")
          .expressionAttributeNames(Map.of("#status", "status"))
          .expressionAttributeValues(Map.of(":sending", Item.str(Status.SENDING.name()),
              ":claimed", Item.str(claimedAt.toString()))));
    } catch (ConditionalCheckFailedException notOurs) {
      // another delivery took over the claim meanwhile: it is theirs to finish
    }
  }

  @Override
  public Optional<Entry> find(ProgramId program, CustomerId customer, String notificationId) {
    var response = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
        .key(key(program, customer, notificationId)));
    if (!response.hasItem() || response.item().isEmpty()) {
      return Optional.empty();
    }
    Item item = Item.of(response.item());
    return Optional.of(new Entry(item.s("notificationId"), item.s("notificationType"),
        Status.valueOf(item.s("status")), item.s("reason"), item.s("messageId"), item.instant("claimedAt"),
        item.instant("doneAt")));
  }
}
