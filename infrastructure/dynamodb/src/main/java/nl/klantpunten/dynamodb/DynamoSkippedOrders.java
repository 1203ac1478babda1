package nl.klantpunten.dynamodb;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.klantpunten.core.earning.OrderState;
import nl.klantpunten.core.earning.SkippedOrders;
import nl.klantpunten.core.page.Page;
import nl.klantpunten.core.program.ProgramId;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Skipped orders are listed from gsi1: a SKIPPED order state carries {@code gsi1pk = P#<p>#ORDERS#SKIPPED} and
 * {@code gsi1sk = <createdAt>#<orderKey>} (sparse: only skipped orders, which never change again). The index
 * partition is the program's own and is written once per skipped order, never in a transaction with a balance.
 */
final class DynamoSkippedOrders implements SkippedOrders {
  private static final Pattern SORT_KEY = Pattern.compile("[0-9T:.Z+-]{10,40}#[A-Za-z0-9._@+:=-]{1,300}");
  private final DynamoDbClient dynamo;
  private final String table;

  DynamoSkippedOrders(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  static String partition(ProgramId program) {
    return Keys.program(program) + "#ORDERS#SKIPPED";
  }

  static String sortKey(Instant createdAt, String orderKey) {
    return createdAt + "#" + orderKey;
  }

  @Override
  public Page<OrderState> list(ProgramId program, int limit, String cursor) {
    String after = Cursor.decode(cursor, sk -> SORT_KEY.matcher(sk).matches());
    String pk = partition(program);
    Map<String, AttributeValue> start = after == null ? null : Map.of(
        "gsi1pk", Item.str(pk), "gsi1sk", Item.str(after),
        Keys.PK, Item.str(Keys.order(program, after.substring(after.indexOf('#') + 1))),
        Keys.SK, Item.str(Keys.ORDER_SK));
    QueryResponse page = dynamo.query(q -> q.tableName(table).indexName(TableSchema.GSI1)
        .keyConditionExpression("gsi1pk = :pk")
        .expressionAttributeValues(Map.of(":pk", Item.str(pk)))
        .scanIndexForward(false)
        .limit(limit)
        .exclusiveStartKey(start));
    List<OrderState> orders = page.items().stream().map(OrderItems::fromItem).toList();
    boolean more = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() && !orders.isEmpty();
    return new Page<>(orders, more ? Cursor.encode(page.lastEvaluatedKey().get("gsi1sk").s()) : null);
  }
}
