package nl.klantpunten.functions.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET/PUT /v1/card-program through API Gateway events, the real EnrolmentFunction and DynamoDB Local. */
@ExtendWith(TestBackend.class)
class CardProgramHttpTest {
  private static final Map<String, String> HOST = Map.of("host", "api.example.test", "x-forwarded-proto", "https");
  private Backend backend;
  private TestProgram program;
  private Http vendor;
  private Http anonymous;
  private String slug;

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.VENDOR);
    EnrolmentFunction function = new EnrolmentFunction(backend);
    vendor = new Http(function, program.key(Role.VENDOR));
    anonymous = new Http(function, null);
    slug = Slugs.unique("shop");
  }

  private static String settings(String slug, String extra) {
    return "{\"slug\":\"" + slug + "\",\"customerBaseUrl\":\"https://shop.example/klant/\"" + extra + "}";
  }

  @Test
  void setUpReadAndMoveToAnotherSlug() {
    var before = vendor.get("/v1/card-program");
    assertEquals(404, before.status(), before.toString());
    assertEquals("application/problem+json", before.contentType());

    var created = vendor.send("PUT", "/v1/card-program", settings(slug.toUpperCase(),
        ",\"welcomePoints\":50,\"validityMonths\":12,\"timeZone\":\"Europe/Amsterdam\""), HOST);
    assertEquals(201, created.status(), created.toString());
    assertEquals(slug, created.string("slug"));
    assertEquals("https://api.example.test/v1/enrol/" + slug, created.string("enrolmentLink"));
    assertEquals("https://shop.example/klant", created.string("customerBaseUrl"));
    assertEquals(50, created.number("welcomePoints"));
    assertEquals(12, created.number("validityMonths"));
    assertEquals(15, created.number("cardLinkMinutes"), "default link validity");
    assertEquals("Europe/Amsterdam", created.string("timeZone"));

    var read = vendor.send("GET", "/v1/card-program", null, HOST);
    assertEquals(200, read.status(), read.toString());
    assertEquals(created.json(), read.json());
    assertEquals("http://127.0.0.1:8080/v1/enrol/" + slug, vendor.send("GET", "/v1/card-program", null,
        Map.of("host", "127.0.0.1:8080")).string("enrolmentLink"), "the local stack sends no x-forwarded-proto");
    assertEquals("/v1/enrol/" + slug, vendor.get("/v1/card-program").string("enrolmentLink"), "no host: the path");
    assertEquals(200, anonymous.get("/v1/enrol/" + slug).status());

    String moved = Slugs.unique("moved");
    var updated = vendor.put("/v1/card-program", settings(moved, ""));
    assertEquals(200, updated.status(), updated.toString());
    assertEquals(2, updated.number("version"));
    assertEquals(0, updated.number("welcomePoints"), "a PUT replaces every setting; absent ones take defaults");
    assertEquals(404, anonymous.get("/v1/enrol/" + slug).status(), "the old link no longer works");
    assertEquals(200, anonymous.get("/v1/enrol/" + moved).status());
  }

  @Test
  void aSlugBelongsToOneProgramUntilItIsReleased() {
    assertEquals(201, vendor.put("/v1/card-program", settings(slug, "")).status());
    TestProgram other = TestProgram.create(backend, ProgramKind.VENDOR);
    Http otherVendor = vendor.as(other.key(Role.VENDOR));

    var taken = otherVendor.put("/v1/card-program", settings(slug, ""));
    assertEquals(409, taken.status(), taken.toString());
    assertEquals("SLUG_TAKEN", taken.string("code"));
    assertEquals("slug", taken.problemField());
    assertEquals(404, otherVendor.get("/v1/card-program").status(), "nothing stored for the refused program");

    assertEquals(200, vendor.put("/v1/card-program", settings(Slugs.unique("elsewhere"), "")).status());
    assertEquals(201, otherVendor.put("/v1/card-program", settings(slug, "")).status(), "released slugs are free");
    var offer = anonymous.get("/v1/enrol/" + slug);
    assertEquals("Test " + other.id().value(), offer.string("programName"));
  }

  @Test
  void everyBrokenSettingIsNamedAndNothingIsStored() {
    var bad = vendor.put("/v1/card-program", "{\"slug\":\"-x\",\"customerBaseUrl\":\"http://shop.example\","
        + "\"validityMonths\":0,\"welcomePoints\":-5,\"cardLinkMinutes\":100000,\"enrolmentsPerMinute\":0,"
        + "\"timeZone\":\"Nowhere/Land\"}");
    assertEquals(400, bad.status(), bad.toString());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> errors = (List<Map<String, Object>>) bad.json().get("errors");
    assertEquals(List.of("slug", "customerBaseUrl", "validityMonths", "welcomePoints", "cardLinkMinutes",
        "enrolmentsPerMinute", "timeZone"), errors.stream().map(e -> e.get("field")).toList());

    var unknownField = vendor.put("/v1/card-program", settings(slug, ",\"colour\":\"red\""));
    assertEquals(400, unknownField.status());
    assertEquals("colour", unknownField.problemField());
    var wrongType = vendor.put("/v1/card-program", settings(slug, ",\"welcomePoints\":\"many\""));
    assertEquals(400, wrongType.status());
    assertEquals("welcomePoints", wrongType.problemField());
    assertEquals(400, vendor.put("/v1/card-program", "{not json").status());
    assertEquals(404, vendor.get("/v1/card-program").status(), "nothing was stored");
    assertEquals(404, anonymous.get("/v1/enrol/" + slug).status());
  }

  @Test
  void onlyVendorProgramsAndTheirAdminOrVendorKeys() {
    assertEquals(403, vendor.as(program.key(Role.WEBSHOP)).put("/v1/card-program", settings(slug, "")).status());
    assertEquals(403, vendor.as(program.key(Role.WEBSHOP)).get("/v1/card-program").status());
    assertEquals(401, anonymous.put("/v1/card-program", settings(slug, "")).status());
    assertEquals(401, anonymous.get("/v1/card-program").status());
    assertEquals(201, vendor.as(program.admin()).put("/v1/card-program", settings(slug, "")).status());

    TestProgram shop = TestProgram.create(backend, ProgramKind.SHOP);
    var refused = vendor.as(shop.admin()).put("/v1/card-program", settings(Slugs.unique("shop"), ""));
    assertEquals(422, refused.status(), refused.toString());
    assertEquals("NOT_A_VENDOR_PROGRAM", refused.string("code"));
  }
}
