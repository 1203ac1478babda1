package nl.klantpunten.local.localstack;

import java.time.Clock;
import nl.klantpunten.api.Backend;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.core.store.CardFileStore;
import nl.klantpunten.dynamodb.TableSchema;
import nl.klantpunten.local.IssueStories;
import nl.klantpunten.s3.S3CardFileStore;
import nl.klantpunten.s3.S3Clients;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The issue stories (platform webhooks, the card from enrolment to decoded QR code) against LocalStack's DynamoDB
 * and S3, presigned link included. Needs a Docker engine; without one JUnit reports the class as skipped.
 */
@Testcontainers(disabledWithoutDocker = true)
class IssueStoriesOnLocalStackTest extends IssueStories {
  private static final String TABLE = "klantpunten-localstack-stories";
  private static final String BUCKET = "klantpunten-cards-localstack";

  @Container
  private static final LocalStackContainer LOCALSTACK =
      new LocalStackContainer(DockerImageName.parse("localstack/localstack:4.4"))
          .withServices(LocalStackContainer.Service.DYNAMODB, LocalStackContainer.Service.S3);

  private Backend backend;
  private CardFileStore files;

  private AwsClientConfig config() {
    return new AwsClientConfig(Region.of(LOCALSTACK.getRegion()),
        StaticCredentialsProvider.create(
            AwsBasicCredentials.create(LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey())),
        LOCALSTACK.getEndpoint());
  }

  @Override
  protected synchronized Backend backend() {
    if (backend == null) {
      DynamoDbClient dynamo = config().build(DynamoDbClient.builder());
      TableSchema.createIfMissing(dynamo, TABLE);
      backend = Backend.over(dynamo, TABLE, Clock.systemUTC());
    }
    return backend;
  }

  @Override
  protected synchronized CardFileStore cardFiles() {
    if (files == null) {
      try (S3Client s3 = S3Clients.client(config())) {
        S3Clients.createBucketIfMissing(s3, BUCKET);
      }
      files = S3CardFileStore.over(config(), BUCKET);
    }
    return files;
  }
}
