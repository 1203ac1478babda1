package nl.klantpunten.core.settings;

import java.util.function.Supplier;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.error.ConflictException;

/**
 * The rule behind {@code points.enabled}: while a program's points are off, nothing earns, redeems or gives points,
 * and every request that would is refused with 409 {@link #POINTS_DISABLED}. Reading stays possible, and so does a
 * manual correction by an admin: the person who paused the program must be able to fix balances meanwhile. Moving
 * a reservation made before the pause (commit, cancel, expiry) stays possible too: that discount was promised.
 */
public final class PointsSwitch {
  public static final String POINTS_DISABLED = "POINTS_DISABLED";

  private PointsSwitch() {}

  public static boolean on(ProgramSettings settings) {
    return settings.points().enabled();
  }

  /** Refuses with 409 POINTS_DISABLED when the program's points are off. */
  public static void requireOn(ProgramSettings settings) {
    if (!on(settings)) {
      throw disabled();
    }
  }

  /**
   * A manual correction: an admin may correct while points are off, anyone else (a vendor at the till) may not. The
   * settings are only read when the rule needs them, so an admin's correction costs no extra read.
   */
  public static void requireCorrectionAllowed(Role role, Supplier<ProgramSettings> settings) {
    if (role != Role.ADMIN) {
      requireOn(settings.get());
    }
  }

  public static ConflictException disabled() {
    return new ConflictException(POINTS_DISABLED, "points are turned off for this program (settings "
        + "points.enabled is false): nothing is earned, redeemed or given until an admin turns them on again");
  }
}
