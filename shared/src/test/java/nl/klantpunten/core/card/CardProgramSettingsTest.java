package nl.klantpunten.core.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.klantpunten.core.error.FieldError;
import nl.klantpunten.core.error.ValidationException;
import org.junit.jupiter.api.Test;

class CardProgramSettingsTest {

  @Test
  void defaultsFillWhatIsLeftOut() {
    CardProgramSettings s = CardProgramSettings.parse(" Bakkerij-Jansen ", "https://bakkerij.example/klant/", null,
        null, null, null, null);
    assertEquals("bakkerij-jansen", s.slug().value());
    assertEquals("https://bakkerij.example/klant", s.customerBaseUrl().value());
    assertEquals("https://bakkerij.example/klant/K7MD-3RXX", s.customerBaseUrl().forCard("K7MD-3RXX"));
    assertEquals(CardProgramSettings.DEFAULT_VALIDITY_MONTHS, s.validity().months());
    assertEquals(0, s.welcomePoints());
    assertEquals(15, s.cardLinkMinutes());
    assertEquals(CardProgramSettings.DEFAULT_ENROLMENTS_PER_MINUTE, s.enrolmentsPerMinute());
    assertEquals("UTC", s.timeZone().getId());
  }

  @Test
  void everyBrokenFieldIsReportedAtOnce() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> CardProgramSettings.parse("a", "ftp://x.example", 0L, -1L, 0L, 0L, "Mars/Olympus"));
    assertEquals(List.of("slug", "customerBaseUrl", "validityMonths", "welcomePoints", "cardLinkMinutes",
        "enrolmentsPerMinute", "timeZone"), e.errors().stream().map(FieldError::field).toList());
  }

  @Test
  void customerBaseUrlMustBeSafeToExtend() {
    for (String bad : new String[] {"http://shop.example/klant", "https://shop.example/k?x=1",
        "https://shop.example/k#a", "https://user@shop.example/k", "/relative", "https://", "not a url", "https://bäcker.example/k"}) {
      ValidationException e = assertThrows(ValidationException.class,
          () -> CustomerBaseUrl.parse("customerBaseUrl", bad), bad);
      assertEquals("customerBaseUrl", e.errors().get(0).field());
    }
    assertEquals("http://localhost:8080/k", CustomerBaseUrl.parse("f", "http://localhost:8080/k").value());
  }

  @Test
  void slugsAreLowercaseWordsWithInnerDashes() {
    for (String bad : new String[] {"ab", "-bakker", "bakker-", "bak--ker", "bäkker", "bak ker", "x".repeat(41)}) {
      assertThrows(ValidationException.class, () -> Slug.parse(bad), bad);
      assertEquals(true, Slug.fromPath(bad).isEmpty(), bad);
    }
    assertEquals("bak-ker-2", Slug.parse("BAK-KER-2").value());
  }

  @Test
  void distributionIsOnUnlessTurnedOff() {
    assertTrue(CardProgramSettings.parse("bakker", "https://b.example/k", null, null, null, null, null)
        .distributionEnabled());
    assertTrue(CardProgramSettings.parse("bakker", "https://b.example/k", null, null, null, null, null, null)
        .distributionEnabled(), "a program saved before the switch existed keeps handing out cards");
    assertFalse(CardProgramSettings.parse("bakker", "https://b.example/k", null, null, null, null, null, false)
        .distributionEnabled());
  }
}
