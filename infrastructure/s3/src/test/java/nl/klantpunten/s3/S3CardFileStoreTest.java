package nl.klantpunten.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.core.card.CardLink;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.emulators.FreePort;
import nl.klantpunten.emulators.S3Emulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/** The S3 card store against S3Proxy, which checks signatures like S3: keys, metadata and presigned links. */
class S3CardFileStoreTest {
  private static final String BUCKET = "cards-adapter-test";
  private static final ProgramId PROGRAM = new ProgramId("prg_adaptertest");
  private static S3Emulator emulator;
  private static S3Client s3;
  private static S3CardFileStore store;

  @BeforeAll
  static void start() {
    emulator = S3Emulator.start(FreePort.find());
    AwsClientConfig config = AwsClientConfig.local(emulator.endpoint());
    s3 = S3Clients.client(config);
    S3Clients.createBucketIfMissing(s3, BUCKET);
    S3Clients.createBucketIfMissing(s3, BUCKET); // a second call keeps the bucket
    store = S3CardFileStore.over(config, BUCKET);
  }

  @AfterAll
  static void stop() {
    s3.close();
    emulator.close();
  }

  @Test
  void filesLiveUnderTheirProgramAndCustomerWithPdfHeaders() {
    byte[] pdf = "%PDF-1.4 sample".getBytes(StandardCharsets.US_ASCII);
    String key = store.put(PROGRAM, new CustomerId("anna@example.com"), "card-K7MD-3RXX-1.pdf", pdf);
    assertEquals("cards/prg_adaptertest/anna@example.com/card-K7MD-3RXX-1.pdf", key);
    var head = s3.headObject(b -> b.bucket(BUCKET).key(key));
    assertEquals("application/pdf", head.contentType());
    assertEquals("private, no-store", head.cacheControl());
    assertEquals(ServerSideEncryption.AES256, head.serverSideEncryption(), "encrypted at rest");
    assertArrayEquals(pdf, s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asByteArray());
    assertThrows(IllegalArgumentException.class,
        () -> store.put(PROGRAM, new CustomerId("anna"), "../escape.pdf", pdf), "file names cannot climb out");
  }

  @Test
  void aLinkOpensExactlyItsFileForItsTime() throws Exception {
    byte[] pdf = "%PDF-1.4 linked".getBytes(StandardCharsets.US_ASCII);
    String key = store.put(PROGRAM, new CustomerId("c-1"), "card-1.pdf", pdf);
    String otherKey = store.put(PROGRAM, new CustomerId("c-2"), "card-2.pdf", pdf);
    Instant before = Instant.now();
    CardLink link = store.link(key, Duration.ofMinutes(15));
    assertTrue(link.url().contains("X-Amz-Expires=900"), link.url());
    assertTrue(link.expiresAt().isAfter(before));
    HttpResponse<byte[]> ok = get(link.url());
    assertEquals(200, ok.statusCode());
    assertArrayEquals(pdf, ok.body());

    String url = link.url();
    int at = url.indexOf("X-Amz-Signature=") + "X-Amz-Signature=".length();
    assertEquals(403, get(url.substring(0, at) + (url.charAt(at) == '0' ? '1' : '0') + url.substring(at + 1))
        .statusCode());
    assertEquals(403, get(url.replace("c-1/card-1.pdf", "c-2/card-2.pdf")).statusCode());
    assertEquals(200, get(store.link(otherKey, Duration.ofMinutes(1)).url()).statusCode());
  }

  private static HttpResponse<byte[]> get(String url) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
