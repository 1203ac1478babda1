package nl.klantpunten.core.report;

/**
 * Counts of entries and the points they moved: {@code earned} sums the positive entries, {@code spent} the
 * magnitude of the negative ones, so {@code earned - spent} is the net change of all balances.
 */
public record Tally(long entries, long earned, long spent) {
  public static final Tally ZERO = new Tally(0, 0, 0);

  /** The tally of one entry, negated for a deletion. */
  public static Tally of(ReportedEntry e) {
    long earned = e.points() > 0 ? e.points() : 0;
    long spent = e.points() < 0 ? -e.points() : 0;
    return new Tally(e.sign(), e.sign() * earned, e.sign() * spent);
  }

  public Tally plus(Tally other) {
    return new Tally(Math.addExact(entries, other.entries), Math.addExact(earned, other.earned),
        Math.addExact(spent, other.spent));
  }

  public long net() {
    return Math.subtractExact(earned, spent);
  }
}
