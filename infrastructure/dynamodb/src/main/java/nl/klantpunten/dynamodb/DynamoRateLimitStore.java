package nl.klantpunten.dynamodb;

import java.util.Map;
import nl.klantpunten.core.card.ThrottleWindow;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.RateLimitStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Fixed-window counters: one item per program, purpose and minute, incremented by one conditional UpdateItem
 * ({@code hits < :limit}). The item is never part of a balance transaction, and at most {@code limit} writes a
 * minute reach it, far below one item's write capacity. It carries a TTL an hour after its window.
 */
final class DynamoRateLimitStore implements RateLimitStore {
  static final long KEEP_SECONDS_AFTER_WINDOW = 3600;
  private final DynamoDbClient dynamo;
  private final String table;

  DynamoRateLimitStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public boolean tryAcquire(ProgramId program, String purpose, ThrottleWindow window, int limit) {
    try {
      dynamo.updateItem(b -> b.tableName(table)
          .key(Keys.key(CardKeys.rate(program, purpose, window.name()), CardKeys.RATE_SK))
          .updateExpression("SET #type = :type, programId = :program, #ttl = if_not_exists(#ttl, :ttl) ADD hits :one")
          .conditionExpression("attribute_not_exists(hits) OR hits < :limit")
          .expressionAttributeNames(Map.of("#type", Keys.TYPE, "#ttl", TableSchema.TTL_ATTRIBUTE))
          .expressionAttributeValues(Map.of(
              ":type", Item.str("RATE"),
              ":program", Item.str(program.value()),
              ":ttl", Item.num(window.end().getEpochSecond() + KEEP_SECONDS_AFTER_WINDOW),
              ":one", Item.num(1),
              ":limit", Item.num(limit))));
      return true;
    } catch (ConditionalCheckFailedException full) {
      return false;
    }
  }
}
