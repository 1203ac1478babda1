package nl.klantpunten.bench.coldstart;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.emulators.FreePort;
import nl.klantpunten.emulators.S3Emulator;
import nl.klantpunten.s3.S3Clients;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3 emulator a deployed card function can reach unchanged. In Lambda the card function builds its S3 client
 * with no endpoint override, so the SDK addresses buckets virtual-host style ({@code bucket.host}); the shared
 * {@code S3Emulator} only serves path-style addresses. This one is S3Proxy as the emulators module configures it
 * (in-memory blobs, the same static credentials) plus virtual hosts under {@code localhost}, and the cold-start JVM
 * resolves {@code <bucket>.localhost} through a hosts file of its own ({@code -Djdk.net.hosts.file}), so the
 * function's no-argument constructor runs exactly as in Lambda with only AWS_ENDPOINT_URL_S3 set.
 */
public final class VirtualHostS3 implements AutoCloseable {
  private final S3Proxy proxy;
  private final int port;
  private final Path hostsFile;

  private VirtualHostS3(S3Proxy proxy, int port, Path hostsFile) {
    this.proxy = proxy;
    this.port = port;
    this.hostsFile = hostsFile;
  }

  /** Starts it with {@code bucket} created, writing the hosts file the cold-start JVM reads into {@code dir}. */
  public static VirtualHostS3 start(String bucket, Path dir) throws Exception {
    int port = FreePort.find();
    S3Proxy proxy = S3Proxy.builder()
        .blobStore(new TransientNio2BlobStore())
        .endpoint(URI.create("http://127.0.0.1:" + port))
        .virtualHost("localhost")
        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, S3Emulator.ACCESS_KEY, S3Emulator.SECRET_KEY)
        .build();
    proxy.start();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!"STARTED".equals(proxy.getState())) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("S3Proxy state " + proxy.getState());
      }
      Thread.sleep(5);
    }
    // path style needs Host: localhost exactly; S3Proxy reads any other host as a bucket name (CNAME style)
    try (S3Client s3 = S3Clients.client(AwsClientConfig.local(URI.create("http://localhost:" + port)))) {
      S3Clients.createBucketIfMissing(s3, bucket);
    }
    Files.createDirectories(dir);
    Path hosts = dir.resolve("hosts");
    Files.writeString(hosts, "127.0.0.1 localhost " + bucket + ".localhost\n");
    return new VirtualHostS3(proxy, port, hosts);
  }

  /** What the card function's environment gets: the endpoint the SDK reads for S3 only. */
  public String endpoint() {
    return "http://localhost:" + port;
  }

  /** The JVM option that makes {@code <bucket>.localhost} resolve to this machine. */
  public String hostsOption() {
    return "-Djdk.net.hosts.file=" + hostsFile.toAbsolutePath();
  }

  @Override
  public void close() throws IOException {
    try {
      proxy.stop();
    } catch (Exception e) {
      throw new IOException("S3Proxy did not stop", e);
    }
  }
}
