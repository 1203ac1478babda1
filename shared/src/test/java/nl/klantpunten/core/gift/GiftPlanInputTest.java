package nl.klantpunten.core.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.List;
import java.util.Map;
import nl.klantpunten.core.error.FieldError;
import nl.klantpunten.core.error.ValidationException;
import org.junit.jupiter.api.Test;

class GiftPlanInputTest {

  private static GiftPlanInput parse(Map<String, Object> body) {
    return GiftPlanInput.parse(body);
  }

  private static List<String> fields(Map<String, Object> body) {
    return assertThrows(ValidationException.class, () -> parse(body)).errors().stream().map(FieldError::field)
        .toList();
  }

  private static Map<String, Object> plan(Object cadence) {
    return Map.of("points", 50, "description", "Thanks", "cadence", cadence, "segment", Map.of("badge", "gold"));
  }

  @Test
  void everyCadenceParses() throws IOException {
    assertEquals(new Cadence.Daily(), parse(plan(Map.of("type", "daily"))).cadence());
    assertEquals(new Cadence.Weekly(DayOfWeek.FRIDAY), parse(plan(Map.of("type", "weekly", "day", "friday")))
        .cadence());
    assertEquals(new Cadence.Monthly(31), parse(plan(Map.of("type", "monthly", "day", 31))).cadence());
    assertEquals(new Cadence.Yearly(Month.FEBRUARY, 29), parse(plan(Map.of("type", "yearly", "month", 2, "day", 29)))
        .cadence());
    GiftPlanInput input = parse(plan(Map.of("type", "daily")));
    assertEquals(true, input.active(), "active unless said otherwise");
    assertEquals(50, input.points());
  }

  @Test
  void brokenCadencesNameTheirField() {
    assertEquals(List.of("cadence.type"), fields(plan(Map.of("type", "hourly"))));
    assertEquals(List.of("cadence.day"), fields(plan(Map.of("type", "weekly", "day", "mon"))));
    assertEquals(List.of("cadence.day"), fields(plan(Map.of("type", "monthly", "day", 32))));
    assertEquals(List.of("cadence.day"), fields(plan(Map.of("type", "monthly"))));
    assertEquals(List.of("cadence.day"), fields(plan(Map.of("type", "yearly", "month", 4, "day", 31))));
    assertEquals(List.of("cadence.day"), fields(plan(Map.of("type", "yearly", "month", 13, "day", 1))));
    assertEquals(List.of("cadence.month"), fields(plan(Map.of("type", "yearly", "day", 1))));
    assertEquals(List.of("cadence.day"), fields(plan(Map.of("type", "daily", "day", 1))));
  }

  @Test
  void missingAndOutOfRangeFieldsAreAllReported() {
    assertEquals(List.of("points", "description", "cadence", "segment"), fields(Map.of()));
    assertEquals(List.of("points"), fields(Map.of("points", 0, "description", "x", "cadence", Map.of("type", "daily"),
        "segment", Map.of("minBalance", 0))));
    assertEquals(List.of("segment.minBalance"), fields(Map.of("points", 1, "description", "x",
        "cadence", Map.of("type", "daily"), "segment", Map.of())));
    assertEquals(List.of("colour"), fields(Map.of("points", 1, "description", "x", "cadence", Map.of("type", "daily"),
        "segment", Map.of("minBalance", 0), "colour", "red")));
  }
}
