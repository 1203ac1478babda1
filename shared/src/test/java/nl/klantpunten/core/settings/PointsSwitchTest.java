package nl.klantpunten.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.error.ConflictException;
import org.junit.jupiter.api.Test;

class PointsSwitchTest {
  private static final ProgramSettings ON = ProgramSettings.defaults();
  private static final ProgramSettings OFF = ON.withPoints(new PointsSettings(false));

  @Test
  void offRefusesWith409PointsDisabled() {
    PointsSwitch.requireOn(ON);
    ConflictException e = assertThrows(ConflictException.class, () -> PointsSwitch.requireOn(OFF));
    assertEquals("POINTS_DISABLED", e.code());
  }

  @Test
  void onlyAnAdminMayCorrectWhilePointsAreOff() {
    PointsSwitch.requireCorrectionAllowed(Role.ADMIN, () -> OFF);
    PointsSwitch.requireCorrectionAllowed(Role.VENDOR, () -> ON);
    assertEquals("POINTS_DISABLED", assertThrows(ConflictException.class,
        () -> PointsSwitch.requireCorrectionAllowed(Role.VENDOR, () -> OFF)).code());
    assertEquals("POINTS_DISABLED", assertThrows(ConflictException.class,
        () -> PointsSwitch.requireCorrectionAllowed(Role.WEBSHOP, () -> OFF)).code());
  }

  @Test
  void anAdminsCorrectionReadsNoSettings() {
    AtomicInteger reads = new AtomicInteger();
    PointsSwitch.requireCorrectionAllowed(Role.ADMIN, () -> {
      reads.incrementAndGet();
      return OFF;
    });
    assertEquals(0, reads.get());
  }
}
