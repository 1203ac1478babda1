package nl.klantpunten.s3;

import nl.klantpunten.aws.AwsClientConfig;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Builds the S3 client and presigner from the shared client configuration. Against an emulator (an endpoint
 * override) both use path-style addresses ({@code http://host:port/bucket/key}): virtual-host addresses would need
 * DNS names per bucket that a local endpoint does not have.
 */
public final class S3Clients {
  private S3Clients() {}

  public static S3Client client(AwsClientConfig config) {
    return config.build(S3Client.builder().forcePathStyle(config.endpoint() != null));
  }

  public static S3Presigner presigner(AwsClientConfig config) {
    S3Presigner.Builder builder = S3Presigner.builder()
        .region(config.region())
        .credentialsProvider(config.credentials())
        .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(config.endpoint() != null).build());
    if (config.endpoint() != null) {
      builder.endpointOverride(config.endpoint());
    }
    return builder.build();
  }

  /** Creates the bucket where no CloudFormation does it (local stack, tests); a bucket already there is kept. */
  public static void createBucketIfMissing(S3Client s3, String bucket) {
    try {
      s3.headBucket(b -> b.bucket(bucket));
    } catch (NoSuchBucketException missing) {
      s3.createBucket(b -> b.bucket(bucket));
    }
  }
}
