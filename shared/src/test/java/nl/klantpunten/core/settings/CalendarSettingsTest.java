package nl.klantpunten.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import nl.klantpunten.core.error.ValidationException;
import org.junit.jupiter.api.Test;

/** The {@code calendar} settings part: the program's time zone, Europe/Amsterdam unless set. */
class CalendarSettingsTest {
  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void theDefaultIsAmsterdamAndAZoneCanBeSetWithoutTouchingOtherParts() {
    ProgramSettings defaults = ProgramSettings.defaults();
    assertEquals(ZoneId.of("Europe/Amsterdam"), defaults.calendar().timeZone());
    ProgramSettings next = SettingsInput.apply(defaults, Map.of("calendar", Map.of("timeZone", "America/New_York")),
        EUR);
    assertEquals(ZoneId.of("America/New_York"), next.calendar().timeZone());
    assertEquals(defaults.earning(), next.earning());
    assertEquals(next.calendar(), SettingsInput.apply(next, Map.of("earning", Map.of("enabled", false)), EUR)
        .calendar(), "a document without the part keeps it");
    assertEquals(ZoneId.of("UTC"), SettingsInput.apply(defaults, Map.of("calendar", Map.of("timeZone", "UTC")), EUR)
        .calendar().timeZone());
  }

  @Test
  void unknownZonesFixedOffsetsAndUnknownFieldsAreRefusedByPath() {
    for (String zone : new String[] {"Mars/Olympus", "+01:00", "CET1", ""}) {
      ValidationException e = assertThrows(ValidationException.class,
          () -> SettingsInput.apply(ProgramSettings.defaults(), Map.of("calendar", Map.of("timeZone", zone)), EUR));
      assertEquals("calendar.timeZone", e.errors().get(0).field(), zone);
    }
    ValidationException unknown = assertThrows(ValidationException.class, () -> SettingsInput.apply(
        ProgramSettings.defaults(), Map.of("calendar", Map.of("zone", "UTC")), EUR));
    assertEquals("calendar.zone", unknown.errors().get(0).field());
  }
}
