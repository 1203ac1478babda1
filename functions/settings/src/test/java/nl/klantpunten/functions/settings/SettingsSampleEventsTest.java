package nl.klantpunten.functions.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every events/settings sample runs through the handler and gets the answer its route promises. */
@ExtendWith(TestBackend.class)
class SettingsSampleEventsTest {

  @Test
  void everySampleWorks(Backend backend) {
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP);
    Http admin = new Http(new SettingsFunction(backend), program.admin());
    assertEquals(200, admin.run(admin.sample("settings/get-settings.json")).status());
    var put = admin.run(admin.sample("settings/put-settings.json"));
    assertEquals(200, put.status(), put.toString());
    assertEquals("\"1\"", put.header("etag"));
    assertEquals(412, admin.run(admin.sample("settings/put-settings.json")).status(), "its If-Match is now stale");
    assertEquals(200, admin.run(admin.sample("settings/put-integration.json")).status());
    assertEquals(true, admin.run(admin.sample("settings/get-integration.json")).json().get("configured"));
    assertEquals(201, admin.run(admin.sample("settings/put-product-earning.json")).status());
    assertEquals(200, admin.run(admin.sample("settings/get-product-earning.json")).status());
    assertEquals(204, admin.run(admin.sample("settings/delete-product-earning.json")).status());
    assertEquals(200, admin.run(admin.sample("settings/put-template.json")).status());
    var template = admin.run(admin.sample("settings/get-template.json"));
    assertEquals(false, template.json().get("isDefault"), "the sample PUT saved it");
    var preview = admin.run(admin.sample("settings/preview-template.json"));
    assertEquals("Je hebt 40 punten gespaard", preview.string("subject"), preview.toString());
  }
}
