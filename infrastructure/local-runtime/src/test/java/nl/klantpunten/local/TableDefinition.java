package nl.klantpunten.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * The parts of a table definition the code depends on, comparable between template.yaml and what
 * {@code TableSchema.createIfMissing} really creates (read back from DynamoDB Local): keys and their types, each
 * global index with its keys and projection, billing mode, stream view and TTL attribute.
 */
record TableDefinition(
    String hashKey,
    String rangeKey,
    Map<String, String> attributeTypes,
    Map<String, Index> indexes,
    String billingMode,
    String streamView,
    String ttlAttribute) {

  record Index(String hashKey, String rangeKey, String projection) {}

  /** What DynamoDB reports for the table; TTL is set apart from CreateTable, so it comes from TableSchema's constant. */
  static TableDefinition of(TableDescription table, String ttlAttribute) {
    Map<String, String> types = new TreeMap<>();
    table.attributeDefinitions().forEach(a -> types.put(a.attributeName(), a.attributeTypeAsString()));
    Map<String, Index> indexes = new TreeMap<>();
    table.globalSecondaryIndexes().forEach(gsi -> indexes.put(gsi.indexName(), new Index(
        sdkKeyOf(gsi.keySchema(), "HASH"), sdkKeyOf(gsi.keySchema(), "RANGE"), gsi.projection().projectionTypeAsString())));
    String billing = table.billingModeSummary() == null ? "PROVISIONED"
        : table.billingModeSummary().billingModeAsString();
    String stream = table.streamSpecification() != null && Boolean.TRUE.equals(table.streamSpecification().streamEnabled())
        ? table.streamSpecification().streamViewTypeAsString() : null;
    return new TableDefinition(sdkKeyOf(table.keySchema(), "HASH"), sdkKeyOf(table.keySchema(), "RANGE"), types, indexes,
        billing, stream, ttlAttribute);
  }

  private static String sdkKeyOf(List<software.amazon.awssdk.services.dynamodb.model.KeySchemaElement> schema,
      String type) {
    return schema.stream().filter(k -> k.keyTypeAsString().equals(type)).map(k -> k.attributeName()).findFirst()
        .orElse(null);
  }

  /** The definition an AWS::DynamoDB::Table resource's Properties describe. */
  @SuppressWarnings("unchecked")
  static TableDefinition of(Map<String, Object> properties) {
    Map<String, String> types = new TreeMap<>();
    for (Object a : list(properties.get("AttributeDefinitions"))) {
      Map<String, Object> def = (Map<String, Object>) a;
      types.put(String.valueOf(def.get("AttributeName")), String.valueOf(def.get("AttributeType")));
    }
    List<Object> keySchema = list(properties.get("KeySchema"));
    Map<String, Index> indexes = new TreeMap<>();
    for (Object g : list(properties.get("GlobalSecondaryIndexes"))) {
      Map<String, Object> gsi = (Map<String, Object>) g;
      Map<String, Object> projection = (Map<String, Object>) gsi.getOrDefault("Projection", Map.of());
      indexes.put(String.valueOf(gsi.get("IndexName")), new Index(keyOf(list(gsi.get("KeySchema")), "HASH"),
          keyOf(list(gsi.get("KeySchema")), "RANGE"), String.valueOf(projection.get("ProjectionType"))));
    }
    Map<String, Object> stream = (Map<String, Object>) properties.get("StreamSpecification");
    Map<String, Object> ttl = (Map<String, Object>) properties.get("TimeToLiveSpecification");
    String ttlAttribute = ttl != null && Boolean.TRUE.equals(ttl.get("Enabled")) ? (String) ttl.get("AttributeName")
        : null;
    return new TableDefinition(keyOf(keySchema, "HASH"), keyOf(keySchema, "RANGE"), types, indexes,
        String.valueOf(properties.getOrDefault("BillingMode", "PROVISIONED")),
        stream == null ? null : (String) stream.get("StreamViewType"), ttlAttribute);
  }

  @SuppressWarnings("unchecked")
  private static String keyOf(List<Object> schema, String type) {
    for (Object k : schema) {
      Map<String, Object> key = (Map<String, Object>) k;
      if (type.equals(key.get("KeyType"))) {
        return (String) key.get("AttributeName");
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value) {
    return value instanceof List<?> l ? (List<Object>) l : List.of();
  }

  /** One line per difference, naming the template's value and the expected one. */
  List<String> differencesFrom(TableDefinition expected) {
    List<String> out = new ArrayList<>();
    compare(out, "partition key (KeySchema HASH)", hashKey, expected.hashKey);
    compare(out, "sort key (KeySchema RANGE)", rangeKey, expected.rangeKey);
    compare(out, "AttributeDefinitions", attributeTypes, expected.attributeTypes);
    for (String name : expected.indexes.keySet()) {
      if (!indexes.containsKey(name)) {
        out.add("global secondary index " + name + " is missing; TableSchema creates " + expected.indexes.get(name));
      }
    }
    for (Map.Entry<String, Index> index : indexes.entrySet()) {
      Index want = expected.indexes.get(index.getKey());
      if (want == null) {
        out.add("global secondary index " + index.getKey() + " is not created by TableSchema");
      } else {
        compare(out, "index " + index.getKey() + " partition key", index.getValue().hashKey(), want.hashKey());
        compare(out, "index " + index.getKey() + " sort key", index.getValue().rangeKey(), want.rangeKey());
        compare(out, "index " + index.getKey() + " projection", index.getValue().projection(), want.projection());
      }
    }
    compare(out, "BillingMode", billingMode, expected.billingMode);
    compare(out, "StreamSpecification.StreamViewType", streamView, expected.streamView);
    compare(out, "TimeToLiveSpecification (enabled, AttributeName)", ttlAttribute, expected.ttlAttribute);
    return out;
  }

  private static void compare(List<String> out, String what, Object template, Object expected) {
    if (!java.util.Objects.equals(template, expected)) {
      out.add(what + ": template has " + template + ", TableSchema has " + expected);
    }
  }
}
