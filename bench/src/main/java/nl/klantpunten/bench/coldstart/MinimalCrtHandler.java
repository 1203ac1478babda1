package nl.klantpunten.bench.coldstart;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import software.amazon.awssdk.http.crt.AwsCrtHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@link MinimalUrlConnectionHandler} with the AWS CRT HTTP client instead: the measured alternative behind the
 * product's choice of HTTP client.
 */
public final class MinimalCrtHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
  private final DynamoDbClient dynamo;
  private final String table;

  public MinimalCrtHandler() {
    this.dynamo = MinimalClients.configure(DynamoDbClient.builder()).httpClient(AwsCrtHttpClient.create()).build();
    this.table = System.getenv("TABLE_NAME");
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return MinimalClients.oneGetItem(dynamo, table);
  }
}
