package nl.klantpunten.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Sends a request a handler made once more, unchanged except for its table: the "floor" of an operation is the bare
 * SDK calls with exactly the items, keys and conditions the handler used, against a twin table holding the same data
 * (see {@link Fixture#mirrored}). Client request tokens are dropped: DynamoDB would treat the same token with other
 * table names as a mismatch.
 */
final class Replay {
  static final Set<String> WRITES = Set.of("PutItem", "UpdateItem", "DeleteItem", "TransactWriteItems",
      "BatchWriteItem", "PutObject", "DeleteObject", "CopyObject");

  private Replay() {}

  static boolean isDynamo(RequestCounter.Call call) {
    return "DynamoDb".equals(call.service());
  }

  static boolean isWrite(RequestCounter.Call call) {
    return WRITES.contains(call.operation());
  }

  /** The same request against {@code table}. */
  static SdkRequest retarget(SdkRequest request, String table) {
    if (request instanceof GetItemRequest r) {
      return r.toBuilder().tableName(table).build();
    }
    if (request instanceof QueryRequest r) {
      return r.toBuilder().tableName(table).build();
    }
    if (request instanceof ScanRequest r) {
      return r.toBuilder().tableName(table).build();
    }
    if (request instanceof PutItemRequest r) {
      return r.toBuilder().tableName(table).build();
    }
    if (request instanceof UpdateItemRequest r) {
      return r.toBuilder().tableName(table).build();
    }
    if (request instanceof DeleteItemRequest r) {
      return r.toBuilder().tableName(table).build();
    }
    if (request instanceof TransactWriteItemsRequest r) {
      return r.toBuilder().clientRequestToken(null)
          .transactItems(r.transactItems().stream().map(i -> retarget(i, table)).toList()).build();
    }
    if (request instanceof TransactGetItemsRequest r) {
      return r.toBuilder().transactItems(r.transactItems().stream()
          .map(i -> TransactGetItem.builder().get(i.get().toBuilder().tableName(table).build()).build()).toList())
          .build();
    }
    if (request instanceof BatchGetItemRequest r) {
      return r.toBuilder().requestItems(single(r.requestItems(), table)).build();
    }
    if (request instanceof BatchWriteItemRequest r) {
      return r.toBuilder().requestItems(single(r.requestItems(), table)).build();
    }
    throw new IllegalArgumentException("Replay cannot retarget " + request.getClass().getSimpleName()
        + " yet: add it to " + Replay.class.getName());
  }

  private static <V> Map<String, V> single(Map<String, V> byTable, String table) {
    if (byTable.size() != 1) {
      throw new IllegalArgumentException("batch over several tables: " + byTable.keySet());
    }
    Map<String, V> out = new LinkedHashMap<>();
    out.put(table, byTable.values().iterator().next());
    return out;
  }

  private static TransactWriteItem retarget(TransactWriteItem item, String table) {
    TransactWriteItem.Builder b = item.toBuilder();
    if (item.put() != null) {
      b.put(item.put().toBuilder().tableName(table).build());
    }
    if (item.update() != null) {
      b.update(item.update().toBuilder().tableName(table).build());
    }
    if (item.delete() != null) {
      b.delete(item.delete().toBuilder().tableName(table).build());
    }
    if (item.conditionCheck() != null) {
      b.conditionCheck(item.conditionCheck().toBuilder().tableName(table).build());
    }
    return b.build();
  }

  /** Sends an already retargeted request. */
  static void send(DynamoDbClient dynamo, SdkRequest request) {
    if (request instanceof GetItemRequest r) {
      dynamo.getItem(r);
    } else if (request instanceof QueryRequest r) {
      dynamo.query(r);
    } else if (request instanceof ScanRequest r) {
      dynamo.scan(r);
    } else if (request instanceof PutItemRequest r) {
      dynamo.putItem(r);
    } else if (request instanceof UpdateItemRequest r) {
      dynamo.updateItem(r);
    } else if (request instanceof DeleteItemRequest r) {
      dynamo.deleteItem(r);
    } else if (request instanceof TransactWriteItemsRequest r) {
      dynamo.transactWriteItems(r);
    } else if (request instanceof TransactGetItemsRequest r) {
      dynamo.transactGetItems(r);
    } else if (request instanceof BatchGetItemRequest r) {
      dynamo.batchGetItem(r);
    } else if (request instanceof BatchWriteItemRequest r) {
      dynamo.batchWriteItem(r);
    } else {
      throw new IllegalArgumentException("Replay cannot send " + request.getClass().getSimpleName());
    }
  }
}
