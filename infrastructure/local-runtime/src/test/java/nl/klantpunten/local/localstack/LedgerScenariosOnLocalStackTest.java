package nl.klantpunten.local.localstack;

import java.time.Clock;
import nl.klantpunten.api.Backend;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.dynamodb.TableSchema;
import nl.klantpunten.functions.ledger.LedgerScenarios;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The same ledger scenarios as the DynamoDB Local run (one scenario class, {@link LedgerScenarios}), against
 * LocalStack's DynamoDB: a second, independent emulator of the TransactWriteItems semantics the ledger relies on.
 * Needs a Docker engine; without one JUnit reports the class as skipped (the build machine and CI have none).
 */
@Testcontainers(disabledWithoutDocker = true)
class LedgerScenariosOnLocalStackTest extends LedgerScenarios {
  private static final String TABLE = "klantpunten-localstack";

  @Container
  private static final LocalStackContainer LOCALSTACK =
      new LocalStackContainer(DockerImageName.parse("localstack/localstack:4.4"))
          .withServices(LocalStackContainer.Service.DYNAMODB);

  private static Backend backend;

  @Override
  protected synchronized Backend backend() {
    if (backend == null) {
      AwsClientConfig config = new AwsClientConfig(Region.of(LOCALSTACK.getRegion()),
          StaticCredentialsProvider.create(
              AwsBasicCredentials.create(LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey())),
          LOCALSTACK.getEndpoint());
      DynamoDbClient dynamo = config.build(DynamoDbClient.builder());
      TableSchema.createIfMissing(dynamo, TABLE);
      backend = Backend.over(dynamo, TABLE, Clock.systemUTC());
    }
    return backend;
  }

  /** A short run: LocalStack is a container over the network, the full load runs on DynamoDB Local. */
  @Override
  protected int threads() {
    return 4;
  }

  @Override
  protected int operationsPerThread() {
    return 25;
  }
}
