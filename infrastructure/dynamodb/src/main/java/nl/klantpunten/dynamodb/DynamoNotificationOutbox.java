package nl.klantpunten.dynamodb;

import java.time.Instant;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.notification.OutboxNotice;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.NotificationOutbox;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** A stand-alone outbox item ({@link OutboxItems}): one PutItem with attribute_not_exists(pk). */
final class DynamoNotificationOutbox implements NotificationOutbox {
  private final DynamoDbClient dynamo;
  private final String table;

  DynamoNotificationOutbox(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public boolean put(ProgramId program, CustomerId customer, OutboxNotice notice, Instant at) {
    try {
      dynamo.putItem(b -> b.tableName(table).item(OutboxItems.toItem(program, customer, notice, at))
          .conditionExpression("attribute_not_exists(pk)"));
      return true;
    } catch (ConditionalCheckFailedException exists) {
      return false;
    }
  }
}
