package nl.klantpunten.core.ledger;

import nl.klantpunten.core.error.Violations;

/** An admin's or vendor's hand correction: signed points and a mandatory note. */
public record ManualAdjustment(long points, String note) {

  public static ManualAdjustment parse(Long points, String note) {
    Violations v = new Violations();
    PointsRules.checkPoints(v, "points", points);
    PointsRules.checkNote(v, "note", note);
    v.throwIfAny();
    return new ManualAdjustment(points, note.strip());
  }

  public EntryKind kind() {
    return EntryKind.ADJUST;
  }

  /** What applying this adjustment to {@code currentBalance} would do, without doing it. */
  public BalancePreview previewOn(long currentBalance) {
    return BalancePreview.of(currentBalance, points);
  }
}
