package nl.klantpunten.bench.coldstart;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the minimal handlers share: the client settings the product uses inside Lambda (region and credentials from
 * the runtime's variables; the endpoint from AWS_ENDPOINT_URL, which the SDK reads itself) and the one call.
 */
final class MinimalClients {
  private MinimalClients() {}

  static DynamoDbClientBuilder configure(DynamoDbClientBuilder builder) {
    return builder.region(Region.of(System.getenv("AWS_REGION")))
        .credentialsProvider(EnvironmentVariableCredentialsProvider.create());
  }

  static APIGatewayV2HTTPResponse oneGetItem(DynamoDbClient dynamo, String table) {
    var response = dynamo.getItem(b -> b.tableName(table).key(Map.of(
        "pk", AttributeValue.fromS("BENCH#minimal"), "sk", AttributeValue.fromS("BENCH"))));
    return APIGatewayV2HTTPResponse.builder().withStatusCode(200)
        .withBody("{\"found\":" + response.hasItem() + "}").build();
  }
}
