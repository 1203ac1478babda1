package nl.klantpunten.functions.cards;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.functions.enrolment.EnrolmentFunction;
import nl.klantpunten.functions.ledger.LedgerFunction;
import nl.klantpunten.functions.panel.VendorPanelFunction;
import nl.klantpunten.s3.S3CardFileStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The "done when" story through API Gateway events, the real handlers, DynamoDB Local and the S3 emulator:
 * enrol through the public link → the vendor credits points → the vendor fetches the card link → the PDF downloads
 * over HTTP and its QR code decodes to the vendor's customer URL. The vendor sale of the earning issue
 * ({@code POST /v1/sales}) is not on this branch; a manual credit ({@code POST /v1/customers/{id}/transactions},
 * vendor key, mandatory note) stands in for it.
 */
@ExtendWith({TestBackend.class, TestS3.Extension.class})
class CardStoryTest {
  private static final HttpClient BROWSER = HttpClient.newHttpClient();
  private TestProgram program;
  private Backend backend;
  private TestS3 s3;
  private Http setUp;
  private Http link;
  private Http panel;
  private Http ledger;
  private Http cards;

  @BeforeEach
  void setUp(Backend backend, TestS3 s3) {
    this.s3 = s3;
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.VENDOR);
    String vendorKey = program.key(Role.VENDOR);
    EnrolmentFunction enrolment = new EnrolmentFunction(backend);
    setUp = new Http(enrolment, vendorKey);
    link = new Http(enrolment, null);
    panel = new Http(new VendorPanelFunction(backend), vendorKey);
    ledger = new Http(new LedgerFunction(backend), vendorKey);
    cards = new Http(new CardsFunction(backend, s3.files()), vendorKey);
  }

  /** The public answer carries no card code (the customer gets it by email): read it as stored. */
  private String cardCodeOf(String email) {
    return backend.stores().customers().find(program.id(),
        nl.klantpunten.core.card.EnrolledCustomerId.of(program.id(), email)).orElseThrow().cardCode();
  }

  @Test
  void enrolCreditFetchTheCardLinkAndScanTheQrCode() throws Exception {
    String slug = "story-" + program.id().value().substring(4);
    var configured = setUp.put("/v1/card-program", "{\"slug\":\"" + slug
        + "\",\"customerBaseUrl\":\"https://bakkerij.example/klant\",\"welcomePoints\":50,\"validityMonths\":24}");
    assertEquals(201, configured.status(), configured.toString());

    var enrolled = link.post("/v1/enrol/" + slug,
        "{\"email\":\"zoe@example.com\",\"name\":\"Zoë Ångström-Çelik\"}");
    assertEquals(202, enrolled.status(), enrolled.toString());
    String code = cardCodeOf("zoe@example.com");

    // the vendor types the code from the card, in lower case with a space
    String typed = code.toLowerCase().replace('-', ' ');
    var found = panel.get("/v1/panel/cards/" + URLEncoder.encode(typed, StandardCharsets.UTF_8).replace("+", "%20"));
    assertEquals(200, found.status(), found.toString());
    String customerId = found.string("customerId");
    assertEquals(50, found.number("balance"));

    var sale = ledger.post("/v1/customers/" + customerId + "/transactions",
        "{\"points\":125,\"note\":\"sale: bread\"}");
    assertEquals(201, sale.status(), sale.toString());

    Instant asked = Instant.now();
    var card = cards.post("/v1/customers/" + customerId + "/card", null);
    assertEquals(201, card.status(), card.toString());
    assertEquals(code, card.string("cardCode"));
    assertEquals(175, card.number("balance"));
    String url = card.string("url");
    assertTrue(url.contains("X-Amz-Expires=900"), "valid for the default 15 minutes: " + url);
    assertTrue(Instant.parse(card.string("expiresAt")).isAfter(asked));
    assertTrue(url.contains("/" + S3CardFileStore.programPrefix(program.id())), "under the program's prefix: " + url);

    HttpResponse<byte[]> download = get(url);
    assertEquals(200, download.statusCode());
    assertEquals("application/pdf", download.headers().firstValue("content-type").orElse(""));
    PdfInspection pdf = new PdfInspection(download.body());
    String text = pdf.text();
    assertTrue(text.contains("Zoë Ångström-Çelik"), text);
    assertTrue(text.contains(code), text);
    assertTrue(text.contains("Balance: 175 points"), text);
    Result qr = pdf.qrCode();
    assertEquals("https://bakkerij.example/klant/" + code, qr.getText());
    assertEquals("M", qr.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL));

    // the QR code leads the vendor straight back to the customer
    String scanned = qr.getText().substring(qr.getText().lastIndexOf('/') + 1);
    assertEquals(customerId, panel.get("/v1/panel/cards/" + scanned).string("customerId"));

    var stored = s3.client().listObjectsV2(b -> b.bucket(s3.bucket())
        .prefix(S3CardFileStore.programPrefix(program.id()) + customerId + "/"));
    assertEquals(1, stored.keyCount());
    byte[] object = s3.client().getObjectAsBytes(b -> b.bucket(s3.bucket()).key(stored.contents().get(0).key()))
        .asByteArray();
    assertArrayEquals(object, download.body(), "the link serves exactly the stored file");
  }

  @Test
  void aTamperedOrRedirectedLinkIsRefused() throws Exception {
    String slug = "tamper-" + program.id().value().substring(4);
    assertEquals(201, setUp.put("/v1/card-program", "{\"slug\":\"" + slug
        + "\",\"customerBaseUrl\":\"https://shop.example/k\",\"cardLinkMinutes\":5}").status());
    var enrolled = link.post("/v1/enrol/" + slug, "{\"email\":\"t@example.com\",\"name\":\"Tam Per\"}");
    assertEquals(202, enrolled.status(), enrolled.toString());
    String customerId = panel.get("/v1/panel/cards/" + cardCodeOf("t@example.com")).string("customerId");
    var first = cards.post("/v1/customers/" + customerId + "/card", null);
    var second = cards.post("/v1/customers/" + customerId + "/card", null);
    String url = first.string("url");
    assertTrue(url.contains("X-Amz-Expires=300"), "the program's 5 minutes: " + url);
    assertEquals(200, get(url).statusCode());

    int at = url.indexOf("X-Amz-Signature=") + "X-Amz-Signature=".length();
    String tampered = url.substring(0, at) + (url.charAt(at) == 'a' ? 'b' : 'a') + url.substring(at + 1);
    assertEquals(403, get(tampered).statusCode(), "a changed signature");

    String otherObject = second.string("url");
    String swapped = otherObject.substring(0, otherObject.indexOf('?')) + url.substring(url.indexOf('?'));
    assertEquals(403, get(swapped).statusCode(), "one file's signature does not open another file");

    String longer = url.replace("X-Amz-Expires=300", "X-Amz-Expires=604800");
    assertEquals(403, get(longer).statusCode(), "the validity is part of the signature");
    assertEquals(403, get(url.substring(0, url.indexOf('?'))).statusCode(), "no signature, no file");
  }

  private static HttpResponse<byte[]> get(String url) throws Exception {
    return BROWSER.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
