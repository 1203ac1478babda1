package nl.klantpunten.core.badge;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which badges a measure gives, and which badge comes next. Pure: the catalog and the measure in, badges out, so
 * the evaluation, the badges endpoint and the summary agree by construction.
 */
public final class BadgeRules {
  /** Catalog order: by the range's lower end, then by id, so lists are stable. */
  public static final Comparator<Badge> BY_RANGE =
      Comparator.<Badge>comparingLong(b -> b.range().from()).thenComparing(b -> b.id().value());

  private BadgeRules() {}

  /** Every badge whose range contains {@code measure}, in catalog order. */
  public static List<Badge> held(Collection<Badge> catalog, long measure) {
    return catalog.stream().filter(b -> b.range().contains(measure)).sorted(BY_RANGE).toList();
  }

  /**
   * The badge reached next by earning: the one with the lowest {@code fromPoints} above {@code measure} that is not
   * held, with the points missing to it. Empty when no badge lies above.
   */
  public static Optional<NextBadge> next(Collection<Badge> catalog, long measure, Set<BadgeId> held) {
    return catalog.stream()
        .filter(b -> b.range().from() > measure && !held.contains(b.id()))
        .min(BY_RANGE)
        .map(b -> new NextBadge(b, b.range().missingFrom(measure)));
  }

  /** The next badge and the points still missing to reach it (always 1 or more). */
  public record NextBadge(Badge badge, long pointsMissing) {}
}
