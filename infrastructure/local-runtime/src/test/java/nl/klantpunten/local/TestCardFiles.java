package nl.klantpunten.local;

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
 * JUnit extension: the real S3 card store over a bucket on this test JVM's shared S3 emulator, so the local
 * functions the tests host draw and store card PDFs exactly as the local stack does.
 */
record TestCardFiles(S3CardFileStore store) {
  static final String BUCKET = "klantpunten-cards-local-test";

  static final class Extension implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == TestCardFiles.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
          .getOrComputeIfAbsent(TestCardFiles.class, k -> {
            Emulators emulators = EmulatorsExtension.shared(context);
            AwsClientConfig config = AwsClientConfig.local(emulators.s3Endpoint());
            try (S3Client s3 = S3Clients.client(config)) {
              S3Clients.createBucketIfMissing(s3, BUCKET);
            }
            return new TestCardFiles(S3CardFileStore.over(config, BUCKET));
          }, TestCardFiles.class);
    }
  }
}
