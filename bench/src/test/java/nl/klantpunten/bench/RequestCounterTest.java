package nl.klantpunten.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.dynamodb.TableSchema;
import nl.klantpunten.emulators.Emulators;
import nl.klantpunten.emulators.EmulatorsExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** The interceptor counts real requests of a real client against DynamoDB Local. */
@ExtendWith(EmulatorsExtension.class)
class RequestCounterTest {
  private static final String TABLE = "counter-test";
  private RequestCounter counter;
  private DynamoDbClient dynamo;

  @BeforeEach
  void setUp(Emulators emulators) {
    counter = new RequestCounter();
    dynamo = AwsClientConfig.local(emulators.dynamoEndpoint())
        .build(DynamoDbClient.builder().overrideConfiguration(c -> c.addExecutionInterceptor(counter)));
    TableSchema.createIfMissing(dynamo, TABLE);
    counter.reset();
  }

  @Test
  void countsByServiceAndOperationAndCapturesOnlyInsideCapture() {
    dynamo.getItem(b -> b.tableName(TABLE).key(key("outside")));
    var captured = counter.capture(() -> {
      dynamo.putItem(b -> b.tableName(TABLE).item(key("a")));
      dynamo.getItem(b -> b.tableName(TABLE).key(key("a")));
      return "done";
    });

    assertEquals("done", captured.result());
    assertEquals(List.of("DynamoDb.PutItem", "DynamoDb.GetItem"),
        captured.calls().stream().map(RequestCounter.Call::name).toList());
    assertTrue(captured.calls().stream().allMatch(RequestCounter.Call::succeeded));
    assertEquals(Map.of("DynamoDb.GetItem", 2L, "DynamoDb.PutItem", 1L), counter.totals());
    assertEquals(3, counter.total());
  }

  @Test
  void aCancelledTransactionIsOneRequestMarkedFailedWithItsItems() {
    var captured = counter.capture(() -> assertThrows(TransactionCanceledException.class, () ->
        dynamo.transactWriteItems(b -> b.transactItems(
            TransactWriteItem.builder().put(p -> p.tableName(TABLE).item(key("t1"))).build(),
            TransactWriteItem.builder().update(u -> u.tableName(TABLE).key(key("missing"))
                .updateExpression("SET n = :one").conditionExpression("attribute_exists(pk)")
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))).build()))));

    assertEquals(1, captured.calls().size());
    RequestCounter.Call call = captured.calls().get(0);
    assertEquals("TransactWriteItems", call.operation());
    assertEquals(2, call.items());
    assertEquals(1, call.attempts(), "a cancelled transaction is not retried by the SDK");
    assertFalse(call.succeeded());
    assertTrue(Replay.isWrite(call));
    assertEquals(Map.of("DynamoDb.TransactWriteItems", 1L), counter.totals());
  }

  private static Map<String, AttributeValue> key(String pk) {
    return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS("S"));
  }
}
