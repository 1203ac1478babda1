package nl.klantpunten.functions.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.core.settings.ProgramSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code points.enabled} and {@code badges.display} through GET/PUT /v1/settings and DynamoDB Local. */
@ExtendWith(TestBackend.class)
class SwitchesSettingsApiTest {
  private Backend backend;
  private TestProgram program;
  private Http admin;

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.SHOP);
    admin = new Http(new SettingsFunction(backend), program.admin());
  }

  @SuppressWarnings("unchecked")
  private static Object field(Http.Result r, String part, String name) {
    return ((Map<String, Object>) r.json().get(part)).get(name);
  }

  @Test
  void bothSwitchesAreOnUntilAnAdminTurnsThemOffAndBackOn() {
    Http.Result defaults = admin.get("/v1/settings");
    assertEquals(true, field(defaults, "points", "enabled"));
    assertEquals(true, field(defaults, "badges", "display"));

    Http.Result off = admin.send("PUT", "/v1/settings",
        "{\"points\": {\"enabled\": false}, \"badges\": {\"display\": false}}", Map.of("If-Match", "\"0\""));
    assertEquals(200, off.status(), off.toString());
    assertEquals("\"1\"", off.header("etag"));
    Http.Result read = admin.get("/v1/settings");
    assertEquals(false, field(read, "points", "enabled"));
    assertEquals(false, field(read, "badges", "display"));
    ProgramSettings stored = backend.stores().settings().load(program.id());
    assertEquals(false, stored.points().enabled());
    assertEquals(false, stored.badges().display());

    Http.Result on = admin.send("PUT", "/v1/settings", "{\"points\": {\"enabled\": true}}",
        Map.of("If-Match", "\"1\""));
    assertEquals(true, field(on, "points", "enabled"));
    assertEquals(false, field(on, "badges", "display"), "a part left out keeps its switch");
  }

  @Test
  void aGetBodySentBackUnchangedIsAccepted() throws Exception {
    Http.Result read = admin.get("/v1/settings");
    Http.Result saved = admin.send("PUT", "/v1/settings", read.response().body(), Map.of("If-Match", "\"0\""));
    assertEquals(200, saved.status(), saved.toString());
  }

  @Test
  void aBrokenSwitchIs400NamingItsPathAndNothingIsSaved() {
    Http.Result r = admin.send("PUT", "/v1/settings", "{\"points\": {\"enabled\": \"off\"}}",
        Map.of("If-Match", "\"0\""));
    assertEquals(400, r.status());
    assertEquals("points.enabled", r.problemField());
    Http.Result unknown = admin.send("PUT", "/v1/settings", "{\"badges\": {\"show\": false}}",
        Map.of("If-Match", "\"0\""));
    assertEquals("badges.show", unknown.problemField());
    assertEquals(0, backend.stores().settings().load(program.id()).version());
  }

  @Test
  void theSwitchesNeedIfMatchLikeEveryOtherSetting() {
    assertEquals(428, admin.send("PUT", "/v1/settings", "{\"points\": {\"enabled\": false}}", Map.of()).status());
    assertEquals(true, backend.stores().settings().load(program.id()).points().enabled());
  }
}
