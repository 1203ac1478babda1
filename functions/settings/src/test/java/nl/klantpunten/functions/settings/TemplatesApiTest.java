package nl.klantpunten.functions.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.klantpunten.api.Backend;
import nl.klantpunten.api.Json;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.program.ProgramKind;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET/PUT /v1/templates/{type}/{language} and its preview through API Gateway events and DynamoDB Local. */
@ExtendWith(TestBackend.class)
class TemplatesApiTest {
  private TestProgram program;
  private Http admin;

  @BeforeEach
  void setUp(Backend backend) {
    program = TestProgram.create(backend, ProgramKind.SHOP);
    admin = new Http(new SettingsFunction(backend), program.admin());
  }

  private static String template(String subject, String html, String text) {
    return Json.write(Map.of("subject", subject, "html", html, "text", text));
  }

  @Test
  void theDefaultIsServedUntilTheProgramSavesItsOwn() {
    Http.Result dutch = admin.get("/v1/templates/points-earned/nl");
    assertEquals(200, dutch.status(), dutch.toString());
    assertEquals(true, dutch.json().get("isDefault"));
    assertEquals("Je hebt {{points}} punten gespaard bij {{program.name}}", dutch.string("subject"));

    Http.Result saved = admin.put("/v1/templates/points-earned/en",
        template("+{{points}}", "<p>{{customer.name}}: {{balance}}</p>", "{{customer.name}}: {{balance}}"));
    assertEquals(200, saved.status(), saved.toString());

    Http.Result english = admin.get("/v1/templates/points-earned/en");
    assertEquals(false, english.json().get("isDefault"));
    assertEquals("+{{points}}", english.string("subject"));
    assertEquals(true, admin.get("/v1/templates/points-earned/nl").json().get("isDefault"), "nl is apart");
  }

  @Test
  void anUnknownPlaceholderIsRefusedAtSaveAndNothingIsSaved() {
    Http.Result refused = admin.put("/v1/templates/badge-unlocked/nl",
        template("{{badge.title}}", "<p>{{reward.name}}</p>", "ok"));
    assertEquals(400, refused.status());
    assertEquals("application/problem+json", refused.contentType());
    assertEquals("html", refused.problemField());
    assertTrue(refused.toString().contains("{{reward.name}}"), refused.toString());
    assertEquals(true, admin.get("/v1/templates/badge-unlocked/nl").json().get("isDefault"));
  }

  @Test
  void unknownTypesAndLanguagesAreRefusedNamingThePathParameter() {
    assertEquals("type", admin.get("/v1/templates/nope/nl").problemField());
    assertEquals("language", admin.get("/v1/templates/points-earned/de").problemField());
  }

  @Test
  void previewRendersSampleOrGivenValuesEscapedInHtml() {
    Http.Result sample = admin.post("/v1/templates/points-earned/en/preview", "");
    assertEquals(200, sample.status(), sample.toString());
    assertEquals("You earned 40 points at The Coffee Bean", sample.string("subject"));

    Http.Result given = admin.post("/v1/templates/points-earned/en/preview",
        "{\"data\": {\"points\": \"7\", \"customer.name\": \"<Eve>\"}}");
    assertTrue(given.string("html").contains("Hello &lt;Eve&gt;,"), given.string("html"));
    assertTrue(given.string("text").contains("Hello <Eve>,"));
    assertEquals("You earned 7 points at The Coffee Bean", given.string("subject"));

    Http.Result draft = admin.post("/v1/templates/points-earned/en/preview",
        "{\"subject\": \"{{ponts}}\", \"html\": \"x\", \"text\": \"y\"}");
    assertEquals(400, draft.status());
    assertEquals("subject", draft.problemField());
  }

  @Test
  void onlyAdminsEditTemplates() {
    Http vendor = admin.as(program.key(Role.VENDOR));
    assertEquals(403, vendor.get("/v1/templates/points-earned/nl").status());
  }
}
