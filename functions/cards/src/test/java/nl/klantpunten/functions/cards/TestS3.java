package nl.klantpunten.functions.cards;

import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.emulators.Emulators;
import nl.klantpunten.emulators.EmulatorsExtension;
import nl.klantpunten.s3.S3CardFileStore;
import nl.klantpunten.s3.S3Clients;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * JUnit extension: the card bucket on this test JVM's S3 emulator (started on first use, next to DynamoDB Local),
 * with a client to look inside it and the real S3 card store the function uses.
 */
record TestS3(S3Client client, S3CardFileStore files, String bucket) {
  static final String BUCKET = "klantpunten-cards-test";

  static final class Extension implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == TestS3.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(TestS3.class, k -> {
        Emulators emulators = EmulatorsExtension.shared(context);
        AwsClientConfig config = AwsClientConfig.local(emulators.s3Endpoint());
        S3Client client = S3Clients.client(config);
        S3Clients.createBucketIfMissing(client, BUCKET);
        return new TestS3(client, S3CardFileStore.over(config, BUCKET), BUCKET);
      }, TestS3.class);
    }
  }
}
