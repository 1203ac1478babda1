package nl.klantpunten.api;

import java.security.SecureRandom;
import java.time.Clock;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.core.id.Ids;
import nl.klantpunten.dynamodb.DynamoStores;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What a function needs from the outside world, built once per container: the DynamoDB client and the stores over
 * it, the clock and the id generator. The functions' no-argument constructors use {@link #fromEnvironment()}; tests
 * and the local stack pass their own.
 */
public record Backend(DynamoStores stores, Clock clock, Ids ids) {

  public static Backend fromEnvironment() {
    DynamoDbClient dynamo = AwsClientConfig.fromEnvironment().build(DynamoDbClient.builder());
    return over(dynamo, Env.require("TABLE_NAME"), Clock.systemUTC());
  }

  public static Backend over(DynamoDbClient dynamo, String table, Clock clock) {
    Ids ids = new Ids(clock, new SecureRandom());
    return new Backend(new DynamoStores(dynamo, table, clock, ids), clock, ids);
  }

  public Authenticator authenticator() {
    return new Authenticator(stores.apiKeys(), clock);
  }
}
