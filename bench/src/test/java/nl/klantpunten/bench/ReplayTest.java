package nl.klantpunten.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/** The floor sends the handler's requests unchanged but for the table. */
class ReplayTest {
  private static final Map<String, AttributeValue> KEY = Map.of("pk", AttributeValue.fromS("P#x"));

  @Test
  void everyItemOfATransactionMovesToTheTwinAndTheTokenIsDropped() {
    TransactWriteItemsRequest original = TransactWriteItemsRequest.builder().clientRequestToken("tx_1")
        .transactItems(
            TransactWriteItem.builder().put(p -> p.tableName("bench").item(KEY)
                .conditionExpression("attribute_not_exists(pk)")).build(),
            TransactWriteItem.builder().update(u -> u.tableName("bench").key(KEY).updateExpression("SET a = :a")
                .expressionAttributeValues(Map.of(":a", AttributeValue.fromN("1")))).build())
        .build();

    var moved = (TransactWriteItemsRequest) Replay.retarget(original, "twin");

    assertNull(moved.clientRequestToken());
    assertEquals("twin", moved.transactItems().get(0).put().tableName());
    assertEquals("attribute_not_exists(pk)", moved.transactItems().get(0).put().conditionExpression());
    assertEquals(KEY, moved.transactItems().get(0).put().item());
    assertEquals("twin", moved.transactItems().get(1).update().tableName());
    assertEquals("SET a = :a", moved.transactItems().get(1).update().updateExpression());
  }

  @Test
  void aReadKeepsItsKeyAndConsistency() {
    var moved = (GetItemRequest) Replay.retarget(
        GetItemRequest.builder().tableName("bench").key(KEY).consistentRead(true).build(), "twin");
    assertEquals("twin", moved.tableName());
    assertEquals(KEY, moved.key());
    assertEquals(Boolean.TRUE, moved.consistentRead());
  }
}
