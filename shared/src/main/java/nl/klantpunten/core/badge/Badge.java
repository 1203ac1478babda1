package nl.klantpunten.core.badge;

import java.util.Objects;

/** A badge of a program's catalog: what a customer sees, and the points range that earns and keeps it. */
public record Badge(BadgeId id, String title, String description, String iconUrl, PointsRange range) {
  /** Badge evaluation writes a holder row and maybe a notification per badge in ONE transaction (100 items max). */
  public static final int MAX_PER_PROGRAM = 25;

  public Badge {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(range, "range");
  }
}
