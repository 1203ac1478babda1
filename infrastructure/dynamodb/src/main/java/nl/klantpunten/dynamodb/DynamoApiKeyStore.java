package nl.klantpunten.dynamodb;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.klantpunten.core.auth.ApiKeyRecord;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.ApiKeyStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * API keys. {@code KEY#<sha256> / KEY} answers "whose key is this?" in one read; {@code P#<program> / KEY#<keyId>}
 * lists a program's keys and finds the hash for revocation. Both are written together.
 */
final class DynamoApiKeyStore implements ApiKeyStore {
  private final DynamoDbClient dynamo;
  private final String table;

  DynamoApiKeyStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public void create(ApiKeyRecord key) {
    Map<String, AttributeValue> byHash = attributes(Item.builder(Keys.keyByHash(key.hash()), Keys.KEY_SK, "APIKEY"), key);
    Map<String, AttributeValue> pointer =
        attributes(Item.builder(Keys.program(key.programId()), Keys.keyPointerSk(key.keyId()), "APIKEY_POINTER"), key);
    dynamo.transactWriteItems(b -> b.transactItems(
        TransactWriteItem.builder().put(p -> p.tableName(table).item(byHash)
            .conditionExpression("attribute_not_exists(pk)")).build(),
        TransactWriteItem.builder().put(p -> p.tableName(table).item(pointer)
            .conditionExpression("attribute_not_exists(pk)")).build()));
  }

  private static Map<String, AttributeValue> attributes(Item.Builder builder, ApiKeyRecord key) {
    return builder.s("keyId", key.keyId())
        .s("programId", key.programId().value())
        .s("role", key.role().name())
        .s("hash", key.hash())
        .s("label", key.label())
        .instant("createdAt", key.createdAt())
        .instant("revokedAt", key.revokedAt())
        .build();
  }

  @Override
  public Optional<ApiKeyRecord> findByHash(String hash) {
    var response = dynamo.getItem(b -> b.tableName(table).key(Keys.key(Keys.keyByHash(hash), Keys.KEY_SK)));
    return response.hasItem() && !response.item().isEmpty() ? Optional.of(toRecord(Item.of(response.item()))) : Optional.empty();
  }

  @Override
  public boolean revoke(ProgramId programId, String keyId, Instant at) {
    var pointer = dynamo.getItem(b -> b.tableName(table)
        .key(Keys.key(Keys.program(programId), Keys.keyPointerSk(keyId))).consistentRead(true));
    if (!pointer.hasItem() || pointer.item().isEmpty()) {
      return false;
    }
    String hash = Item.of(pointer.item()).s("hash");
    Map<String, AttributeValue> values = Map.of(":at", Item.str(at.toString()));
    dynamo.transactWriteItems(b -> b.transactItems(
        revokeUpdate(Keys.key(Keys.keyByHash(hash), Keys.KEY_SK), values),
        revokeUpdate(Keys.key(Keys.program(programId), Keys.keyPointerSk(keyId)), values)));
    return true;
  }

  private TransactWriteItem revokeUpdate(Map<String, AttributeValue> key, Map<String, AttributeValue> values) {
    return TransactWriteItem.builder().update(u -> u.tableName(table).key(key)
        .updateExpression("SET revokedAt = if_not_exists(revokedAt, :at)")
        .conditionExpression("attribute_exists(pk)")
        .expressionAttributeValues(values)).build();
  }

  @Override
  public List<ApiKeyRecord> list(ProgramId programId) {
    return dynamo.queryPaginator(b -> b.tableName(table)
            .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
            .expressionAttributeValues(Map.of(":pk", Item.str(Keys.program(programId)), ":prefix", Item.str("KEY#"))))
        .items().stream().map(item -> toRecord(Item.of(item))).toList();
  }

  private static ApiKeyRecord toRecord(Item item) {
    return new ApiKeyRecord(item.s("keyId"), new ProgramId(item.s("programId")), Role.valueOf(item.s("role")),
        item.s("hash"), item.s("label"), item.instant("createdAt"), item.instant("revokedAt"));
  }
}
