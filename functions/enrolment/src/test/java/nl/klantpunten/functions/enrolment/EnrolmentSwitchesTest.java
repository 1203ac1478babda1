package nl.klantpunten.functions.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.api.testing.TestSettings;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.customer.Customer;
import nl.klantpunten.core.ledger.EntryQuery;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.dynamodb.DynamoCardStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The card program's {@code distributionEnabled} (enrolment closed: 409 CARD_DISTRIBUTION_DISABLED, nothing
 * written) and the program's {@code points.enabled} (enrolment gives the card without welcome points) through the
 * real EnrolmentFunction and DynamoDB Local.
 */
@ExtendWith(TestBackend.class)
class EnrolmentSwitchesTest {
  private Backend backend;
  private TestProgram program;
  private String slug;
  private Http vendor;
  private Http visitor;

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.VENDOR);
    slug = Slugs.unique("switch");
    EnrolmentFunction function = new EnrolmentFunction(backend);
    vendor = new Http(function, program.key(Role.VENDOR));
    visitor = new Http(function, null);
  }

  private Http.Result save(String extra) {
    return vendor.put("/v1/card-program", "{\"slug\":\"" + slug + "\",\"customerBaseUrl\":\"https://shop.example/k\","
        + "\"welcomePoints\":50" + extra + "}");
  }

  private Http.Result enrol(String email) {
    return visitor.post("/v1/enrol/" + slug, "{\"email\":\"" + email + "\",\"name\":\"Zoë\"}");
  }

  private List<Customer> customers() {
    return backend.stores().customers().list(program.id(), 100, null).items();
  }

  @Test
  void distributionIsOnByDefaultAndReadBackAsSaved() {
    Http.Result saved = save("");
    assertEquals(201, saved.status(), saved.toString());
    assertEquals(true, saved.json().get("distributionEnabled"));
    assertEquals(200, save(",\"distributionEnabled\":false").status());
    assertEquals(false, vendor.get("/v1/card-program").json().get("distributionEnabled"));
    assertFalse(DynamoCardStores.over(backend.stores()).cardPrograms().find(program.id()).orElseThrow().settings()
        .distributionEnabled());
    assertEquals(true, save("").json().get("distributionEnabled"), "a PUT replaces the whole configuration");
    assertEquals("distributionEnabled", save(",\"distributionEnabled\":\"no\"").problemField());
  }

  @Test
  void aClosedEnrolmentLinkIsRefusedAndWritesNothing() {
    save(",\"distributionEnabled\":false,\"enrolmentsPerMinute\":1");
    Http.Result offer = visitor.get("/v1/enrol/" + slug);
    assertEquals(409, offer.status(), offer.toString());
    assertEquals("application/problem+json", offer.contentType());
    assertEquals("CARD_DISTRIBUTION_DISABLED", offer.string("code"));
    assertTrue(offer.string("detail").contains("closed"), offer.string("detail"));
    for (int i = 0; i < 3; i++) {
      Http.Result refused = enrol("zoe@example.com");
      assertEquals(409, refused.status(), refused.toString());
      assertEquals("CARD_DISTRIBUTION_DISABLED", refused.string("code"));
    }
    assertEquals(List.of(), customers());

    save(",\"enrolmentsPerMinute\":1");
    assertEquals(200, visitor.get("/v1/enrol/" + slug).status());
    Http.Result enrolled = enrol("zoe@example.com");
    assertEquals(202, enrolled.status(), "the refused calls used none of the 1 enrolment per minute: " + enrolled);
    assertEquals(1, customers().size());
  }

  @Test
  void whilePointsAreOffEnrolmentGivesTheCardWithoutWelcomePoints() {
    save("");
    TestSettings.apply(backend, program.id(), "{\"points\": {\"enabled\": false}}");
    assertEquals(0L, ((Number) visitor.get("/v1/enrol/" + slug).json().get("welcomePoints")).longValue());
    Http.Result enrolled = enrol("zoe@example.com");
    assertEquals(202, enrolled.status(), enrolled.toString());
    assertEquals(null, enrolled.json().get("welcomePointsSkipped"), "the public answer tells nothing about the card");
    Customer zoe = customers().get(0);
    assertEquals(0, backend.stores().ledger().balance(program.id(), zoe.id()).orElseThrow().points());
    assertEquals(0, backend.stores().ledger().entries(program.id(), zoe.id(),
        new EntryQuery(100, null, null, null, null, true)).items().size());

    TestSettings.apply(backend, program.id(), "{\"points\": {\"enabled\": true}}");
    assertEquals(50L, ((Number) visitor.get("/v1/enrol/" + slug).json().get("welcomePoints")).longValue());
    Http.Result again = enrol("zoe@example.com");
    assertEquals(202, again.status(), again.toString());
    assertEquals(50, backend.stores().ledger().balance(program.id(), zoe.id()).orElseThrow().points(),
        "enrolling again once points are on credits them, once");
    TestSettings.apply(backend, program.id(), "{\"points\": {\"enabled\": false}}");
    Http.Result paused = enrol("zoe@example.com");
    assertEquals(202, paused.status(), paused.toString());
    assertEquals(50, backend.stores().ledger().balance(program.id(), zoe.id()).orElseThrow().points(),
        "a paused program neither credits nor takes back welcome points");
  }
}
