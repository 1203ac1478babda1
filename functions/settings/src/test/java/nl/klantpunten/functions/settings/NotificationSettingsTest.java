package nl.klantpunten.functions.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The {@code notifications} part of PUT/GET /v1/settings through the real handler and DynamoDB Local. */
@ExtendWith(TestBackend.class)
class NotificationSettingsTest {
  private Http admin;

  @BeforeEach
  void setUp(Backend backend) {
    admin = new Http(new SettingsFunction(backend), TestProgram.create(backend, ProgramKind.SHOP).admin());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> notifications(Http.Result r) {
    return (Map<String, Object>) r.json().get("notifications");
  }

  @Test
  void defaultsAreDutchTheDeploymentsSenderAndNoReminders() {
    Map<String, Object> n = notifications(admin.get("/v1/settings"));
    assertEquals("nl", n.get("language"));
    assertEquals(null, n.get("senderAddress"));
    assertEquals(List.of(), n.get("reminderThresholds"));
  }

  @Test
  void savedValuesAreNormalisedAndKeptWhenOtherPartsChange() {
    Http.Result saved = admin.send("PUT", "/v1/settings", "{\"notifications\": {\"senderAddress\": \" Punten@Shop.NL \","
        + " \"language\": \"en\", \"reminderThresholds\": [500, 100, 500]}}", Map.of("If-Match", "\"0\""));
    assertEquals(200, saved.status(), saved.toString());
    assertEquals(Map.of("senderAddress", "punten@shop.nl", "language", "en", "reminderThresholds", List.of(100, 500)),
        notifications(saved));
    Http.Result earning = admin.send("PUT", "/v1/settings", "{\"earning\": {\"enabled\": false}}",
        Map.of("If-Match", "\"1\""));
    assertEquals("en", notifications(earning).get("language"), "a PUT of another part keeps this one");
  }

  @Test
  void badValuesAreRefusedNamingEachField() {
    Http.Result refused = admin.send("PUT", "/v1/settings", "{\"notifications\": {\"senderAddress\": \"nope\","
        + " \"language\": \"de\", \"reminderThresholds\": [10, -1], \"sms\": true}}", Map.of("If-Match", "\"0\""));
    assertEquals(400, refused.status());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> errors = (List<Map<String, Object>>) refused.json().get("errors");
    assertEquals(List.of("notifications.sms", "notifications.senderAddress", "notifications.language",
        "notifications.reminderThresholds[1]"), errors.stream().map(e -> e.get("field")).toList());
  }
}
