package nl.klantpunten.dynamodb;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Creates the table where no CloudFormation does it (local stack, tests, admin CLI against a fresh endpoint). Keep
 * in step with the table in template.yaml; TableSchemaTest compares the two.
 */
public final class TableSchema {
  public static final String GSI1 = "gsi1";
  /** Balances by program shard and points (segments); projects only what a segment page shows. */
  public static final String GSI2 = "gsi2";
  public static final String TTL_ATTRIBUTE = "ttl";

  private TableSchema() {}

  /** Creates the table if it does not exist yet. */
  public static void createIfMissing(DynamoDbClient dynamo, String tableName) {
    try {
      dynamo.createTable(b -> b.tableName(tableName)
          .billingMode(BillingMode.PAY_PER_REQUEST)
          .attributeDefinitions(
              string(Keys.PK), string(Keys.SK), string("gsi1pk"), string("gsi1sk"), string(Keys.GSI2_PK),
              number(Keys.GSI2_SK))
          .keySchema(hash(Keys.PK), range(Keys.SK))
          .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName(GSI1)
              .keySchema(hash("gsi1pk"), range("gsi1sk"))
              .projection(p -> p.projectionType(ProjectionType.ALL)).build(),
              GlobalSecondaryIndex.builder().indexName(GSI2)
              .keySchema(hash(Keys.GSI2_PK), range(Keys.GSI2_SK))
              .projection(p -> p.projectionType(ProjectionType.INCLUDE)
                  .nonKeyAttributes("customerId", "lifetimeEarned")).build())
          .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
      dynamo.waiter().waitUntilTableExists(b -> b.tableName(tableName));
    } catch (ResourceInUseException alreadyThere) {
      // created before: nothing to do
    }
  }

  private static AttributeDefinition string(String name) {
    return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
  }

  private static AttributeDefinition number(String name) {
    return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.N).build();
  }

  private static KeySchemaElement hash(String name) {
    return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
  }

  private static KeySchemaElement range(String name) {
    return KeySchemaElement.builder().attributeName(name).keyType(KeyType.RANGE).build();
  }
}
