package nl.klantpunten.bench.coldstart;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The cold-start floor: a handler that only builds a DynamoDB client (URL-connection HTTP client, configured as
 * the product configures its clients) and makes one GetItem. A function's cold start is judged against this.
 */
public final class MinimalUrlConnectionHandler
    implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
  private final DynamoDbClient dynamo;
  private final String table;

  public MinimalUrlConnectionHandler() {
    this.dynamo = MinimalClients.configure(DynamoDbClient.builder()).httpClient(UrlConnectionHttpClient.create())
        .build();
    this.table = System.getenv("TABLE_NAME");
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return MinimalClients.oneGetItem(dynamo, table);
  }
}
