package nl.klantpunten.dynamodb;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.id.Ids;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.emulators.Emulators;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The stores over this test JVM's DynamoDB Local, with every request the client sends recorded, so a test can check
 * not only the outcome but which requests produced it (one TransactWriteItems per balance change). Each test makes
 * its own program, so tests share the table without sharing data.
 */
final class TestTable {
  static final String NAME = "klantpunten-store-test";
  final DynamoDbClient client;
  final DynamoStores stores;
  final Ids ids;
  final List<SdkRequest> requests = new CopyOnWriteArrayList<>();
  /** How many of the next TransactWriteItems requests to cancel with TransactionConflict before they are sent. */
  final AtomicInteger conflictsToInject = new AtomicInteger();

  TestTable(Emulators emulators) {
    ExecutionInterceptor recorder = new ExecutionInterceptor() {
      @Override
      public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        requests.add(context.request());
        if (context.request() instanceof TransactWriteItemsRequest tx
            && conflictsToInject.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
          throw TransactionCanceledException.builder().message("injected conflict")
              .cancellationReasons(tx.transactItems().stream()
                  .map(i -> CancellationReason.builder().code("TransactionConflict").build()).toList())
              .build();
        }
      }
    };
    client = AwsClientConfig.local(emulators.dynamoEndpoint())
        .build(DynamoDbClient.builder().overrideConfiguration(c -> c.addExecutionInterceptor(recorder)));
    TableSchema.createIfMissing(client, NAME);
    ids = new Ids(Clock.systemUTC(), new SecureRandom());
    stores = new DynamoStores(client, NAME, Clock.systemUTC(), ids);
  }

  ProgramId newProgram() {
    return new ProgramId(ids.next("prg_").toLowerCase());
  }

  CustomerId newCustomer(ProgramId program, String id) {
    CustomerId customer = new CustomerId(id);
    stores.customers().save(program, customer, CustomerDetails.parse(id + "@example.com", "Customer " + id, null),
        Instant.now());
    return customer;
  }

  /** Every item stored under one partition key, read consistently. */
  List<Map<String, AttributeValue>> partition(String pk) {
    return client.queryPaginator(b -> b.tableName(NAME).consistentRead(true)
            .keyConditionExpression("pk = :pk")
            .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk))))
        .items().stream().toList();
  }

  boolean exists(String pk, String sk) {
    var response = client.getItem(b -> b.tableName(NAME).consistentRead(true).key(Keys.key(pk, sk)));
    return response.hasItem() && !response.item().isEmpty();
  }
}
