package nl.klantpunten.emulators;

import java.net.URI;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * S3Proxy inside this JVM over an in-memory blob store. It checks AWS signatures (V2 and V4) against the same
 * static credentials {@code AwsClientConfig.local} uses, so presigned links are verified as S3 verifies them: a
 * tampered, expired or other-object link gets 403.
 */
public final class S3Emulator implements AutoCloseable {
  public static final String ACCESS_KEY = "local";
  public static final String SECRET_KEY = "local";
  private final S3Proxy proxy;
  private final URI endpoint;

  private S3Emulator(S3Proxy proxy, URI endpoint) {
    this.proxy = proxy;
    this.endpoint = endpoint;
  }

  public static S3Emulator start(int port) {
    URI endpoint = URI.create("http://127.0.0.1:" + port);
    try {
      S3Proxy proxy = S3Proxy.builder()
          .blobStore(new TransientNio2BlobStore())
          .endpoint(endpoint)
          .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
          .build();
      proxy.start();
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (!"STARTED".equals(proxy.getState())) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("S3Proxy state " + proxy.getState());
        }
        Thread.sleep(5);
      }
      return new S3Emulator(proxy, endpoint);
    } catch (Exception e) {
      throw new IllegalStateException("S3Proxy did not start on port " + port, e);
    }
  }

  public URI endpoint() {
    return endpoint;
  }

  @Override
  public void close() {
    try {
      proxy.stop();
    } catch (Exception e) {
      throw new IllegalStateException("S3Proxy did not stop", e);
    }
  }
}
