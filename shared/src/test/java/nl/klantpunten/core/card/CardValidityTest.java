package nl.klantpunten.core.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CardValidityTest {

  @ParameterizedTest(name = "{0} + {1} months = {2}")
  @CsvSource({
      "2025-01-15, 1, 2025-02-15",
      "2025-01-31, 1, 2025-02-28",
      "2024-01-31, 1, 2024-02-29",
      "2024-02-29, 12, 2025-02-28",
      "2024-02-29, 48, 2028-02-29",
      "2025-03-31, 1, 2025-04-30",
      "2025-08-31, 6, 2026-02-28",
      "2025-12-31, 2, 2026-02-28",
      "2025-11-30, 3, 2026-02-28",
      "2025-12-15, 1, 2026-01-15",
      "2025-05-31, 120, 2035-05-31"})
  void calendarMonthsClampToTheEndOfShortMonths(LocalDate issued, int months, LocalDate expected) {
    assertEquals(expected, new CardValidity(months).expiresOn(issued));
  }

  @Test
  void monthsAreBounded() {
    assertThrows(IllegalArgumentException.class, () -> new CardValidity(0));
    assertThrows(IllegalArgumentException.class, () -> new CardValidity(121));
  }

  @Test
  void issueDateIsTheCalendarDateInTheProgramsTimeZone() {
    CardProgramSettings settings = CardProgramSettings.parse("bakker", "https://bakker.example/klant", 1L, null, null,
        null, "Europe/Amsterdam");
    CardProgram program = new CardProgram(new ProgramId("prg_abcdef"), settings, 1, Instant.EPOCH);
    // 23:30 UTC on 31 January is 00:30 on 1 February in Amsterdam
    Card card = Card.issue(new CustomerId("c1"), "K7MD-3RXX", program, Instant.parse("2025-01-31T23:30:00Z"));
    assertEquals(LocalDate.of(2025, 2, 1), card.issuedOn());
    assertEquals(LocalDate.of(2025, 3, 1), card.expiresOn());
    assertEquals(false, card.expiredOn(LocalDate.of(2025, 2, 28)));
    assertEquals(true, card.expiredOn(LocalDate.of(2025, 3, 1)));
    assertEquals(ZoneId.of("Europe/Amsterdam"), settings.timeZone());
  }
}
