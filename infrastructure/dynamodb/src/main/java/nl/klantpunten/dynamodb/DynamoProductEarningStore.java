package nl.klantpunten.dynamodb;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.klantpunten.core.earning.EarningMode;
import nl.klantpunten.core.earning.ProductEarning;
import nl.klantpunten.core.earning.ProductId;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.ProductEarningStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Products' own earning rules: {@code P#<p>#PRODUCT#<productId> / EARNING}, one partition per product so an order's
 * rules come back in one BatchGetItem per 100 products.
 */
final class DynamoProductEarningStore implements ProductEarningStore {
  private static final int BATCH = 100;
  private static final int MAX_ROUNDS = 10;
  private final DynamoDbClient dynamo;
  private final String table;

  DynamoProductEarningStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public boolean put(ProgramId program, ProductId product, ProductEarning rule, Instant at) {
    var response = dynamo.putItem(b -> b.tableName(table).returnValues(ReturnValue.ALL_OLD)
        .item(Item.builder(Keys.product(program, product), Keys.PRODUCT_EARNING_SK, "PRODUCT_EARNING")
            .s("programId", program.value())
            .s("productId", product.value())
            .s("mode", rule.mode().name())
            .s("value", rule.value().toPlainString())
            .instant("updatedAt", at)
            .build()));
    return !response.hasAttributes() || response.attributes().isEmpty();
  }

  @Override
  public Optional<Stored> find(ProgramId program, ProductId product) {
    var response = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
        .key(Keys.key(Keys.product(program, product), Keys.PRODUCT_EARNING_SK)));
    return response.hasItem() && !response.item().isEmpty()
        ? Optional.of(stored(response.item()))
        : Optional.empty();
  }

  @Override
  public boolean delete(ProgramId program, ProductId product) {
    var response = dynamo.deleteItem(b -> b.tableName(table).returnValues(ReturnValue.ALL_OLD)
        .key(Keys.key(Keys.product(program, product), Keys.PRODUCT_EARNING_SK)));
    return response.hasAttributes() && !response.attributes().isEmpty();
  }

  @Override
  public Map<ProductId, ProductEarning> findAll(ProgramId program, Collection<ProductId> products) {
    List<ProductId> unique = new ArrayList<>(new LinkedHashSet<>(products));
    Map<ProductId, ProductEarning> found = new HashMap<>();
    for (int from = 0; from < unique.size(); from += BATCH) {
      List<Map<String, AttributeValue>> keys = unique.subList(from, Math.min(unique.size(), from + BATCH)).stream()
          .map(p -> Keys.key(Keys.product(program, p), Keys.PRODUCT_EARNING_SK)).toList();
      Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder().keys(keys).build());
      for (int round = 0; !request.isEmpty(); round++) {
        if (round >= MAX_ROUNDS) {
          throw new IllegalStateException("DynamoDB kept product rules unprocessed");
        }
        Map<String, KeysAndAttributes> pending = request;
        BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(pending));
        response.responses().getOrDefault(table, List.of()).forEach(item -> {
          Stored s = stored(item);
          found.put(s.productId(), s.rule());
        });
        request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
      }
    }
    return found;
  }

  private static Stored stored(Map<String, AttributeValue> values) {
    Item item = Item.of(values);
    return new Stored(new ProductId(item.s("productId")),
        new ProductEarning(EarningMode.valueOf(item.s("mode")), new BigDecimal(item.s("value"))),
        item.instant("updatedAt"));
  }
}
