package nl.klantpunten.aws;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * How every AWS client is built: the URL-connection HTTP client (lightest cold start, one implementation chosen
 * explicitly because several land on test classpaths), a fixed region and credentials provider so the SDK does not
 * walk its discovery chains at start-up, and an endpoint override for emulators.
 */
public record AwsClientConfig(Region region, AwsCredentialsProvider credentials, URI endpoint) {

  /** In Lambda: region and credentials from the variables the runtime sets. Elsewhere: the SDK's default chain. */
  public static AwsClientConfig fromEnvironment() {
    String region = System.getenv("AWS_REGION");
    boolean inLambda = System.getenv("AWS_LAMBDA_FUNCTION_NAME") != null;
    return new AwsClientConfig(
        region == null ? Region.EU_WEST_1 : Region.of(region),
        inLambda ? EnvironmentVariableCredentialsProvider.create() : DefaultCredentialsProvider.builder().build(),
        null);
  }

  /** An emulator on this machine: static dummy credentials, us-east-1. */
  public static AwsClientConfig local(URI endpoint) {
    return new AwsClientConfig(
        Region.US_EAST_1, StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")), endpoint);
  }

  public AwsClientConfig withEndpoint(URI newEndpoint) {
    return new AwsClientConfig(region, credentials, newEndpoint);
  }

  public <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> C build(B builder) {
    builder.region(region).credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create());
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    return builder.build();
  }
}
