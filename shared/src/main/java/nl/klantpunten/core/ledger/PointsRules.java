package nl.klantpunten.core.ledger;

import nl.klantpunten.core.error.Violations;

/** Bounds for points in one entry and for the notes that explain them. */
public final class PointsRules {
  public static final long MAX_POINTS_PER_ENTRY = 1_000_000_000L;
  public static final int MAX_NOTE_LENGTH = 500;

  private PointsRules() {}

  public static void checkPoints(Violations v, String field, Long points) {
    if (points == null) {
      v.add(field, "required", "a whole number of points is required");
    } else if (points == 0) {
      v.add(field, "nonZero", "must not be 0: positive credits, negative debits");
    } else if (points < -MAX_POINTS_PER_ENTRY || points > MAX_POINTS_PER_ENTRY) { // not Math.abs: abs(MIN_VALUE) < 0
      v.add(field, "range", "must be between -" + MAX_POINTS_PER_ENTRY + " and " + MAX_POINTS_PER_ENTRY);
    }
  }

  public static void checkNote(Violations v, String field, String note) {
    if (note == null || note.isBlank()) {
      v.add(field, "required", "a note explaining the change is required");
    } else if (note.length() > MAX_NOTE_LENGTH) {
      v.add(field, "maxLength", "at most " + MAX_NOTE_LENGTH + " characters");
    }
  }
}
