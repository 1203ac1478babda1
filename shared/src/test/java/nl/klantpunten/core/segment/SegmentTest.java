package nl.klantpunten.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.klantpunten.core.error.ValidationException;
import org.junit.jupiter.api.Test;

/** Segment query parameters: inclusive, open on either side, at least one criterion. */
class SegmentTest {
  private static String field(Runnable r) {
    return assertThrows(ValidationException.class, r::run).errors().get(0).field();
  }

  @Test
  void edgesAreInclusiveAndSidesOpen() {
    Segment s = Segment.parse("100", "200", null);
    assertTrue(s.admits(100) && s.admits(200));
    assertFalse(s.admits(99) || s.admits(201));
    Segment open = Segment.parse(null, "5", null);
    assertEquals(Long.MIN_VALUE, open.lowest());
    assertTrue(open.admits(-3));
    assertEquals(Long.MAX_VALUE, Segment.parse("5", null, null).highest());
    assertEquals("gold", Segment.parse(null, null, "gold").badge().value());
  }

  @Test
  void badParametersNameTheirField() {
    assertEquals("minBalance", field(() -> Segment.parse(null, null, null)));
    assertEquals("minBalance", field(() -> Segment.parse("1.5", null, null)));
    assertEquals("maxBalance", field(() -> Segment.parse("10", "9", null)));
    assertEquals("badge", field(() -> Segment.parse(null, null, "a#b")));
  }
}
