package nl.klantpunten.core.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.program.ProgramId;
import org.junit.jupiter.api.Test;

class EnrolledCustomerIdTest {
  private static final ProgramId A = new ProgramId("prg_aaaaaa");
  private static final ProgramId B = new ProgramId("prg_bbbbbb");

  @Test
  void sameEmailSameIdWithinAProgramOnly() {
    String email = CustomerDetails.parse(" Anna@Example.COM ", "Anna", null).email();
    var id = EnrolledCustomerId.of(A, email);
    assertEquals(id, EnrolledCustomerId.of(A, "anna@example.com"));
    assertNotEquals(id, EnrolledCustomerId.of(B, "anna@example.com"));
    assertNotEquals(id, EnrolledCustomerId.of(A, "anne@example.com"));
    assertTrue(id.value().matches("m-[a-z2-7]{26}"), id.value());
    assertTrue(!id.value().contains("anna"));
  }

  @Test
  void throttleWindowsAreUtcMinutes() {
    ThrottleWindow w = ThrottleWindow.minuteOf(Instant.parse("2025-03-04T05:06:07.500Z"));
    assertEquals("202503040506", w.name());
    assertEquals(53, w.secondsLeft(Instant.parse("2025-03-04T05:06:07.500Z")));
    assertEquals(1, w.secondsLeft(Instant.parse("2025-03-04T05:06:59.999Z")));
  }
}
