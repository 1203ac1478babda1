package nl.klantpunten.core.store;

import java.util.Optional;
import nl.klantpunten.core.badge.Badge;
import nl.klantpunten.core.badge.BadgeId;
import nl.klantpunten.core.badge.Catalog;
import nl.klantpunten.core.program.ProgramId;

/** A program's badge catalog; {@link #catalog} reads badges and rewards together in one request. */
public interface BadgeStore {
  /** Creates or replaces the badge; true when it did not exist. */
  boolean put(ProgramId program, Badge badge);

  Optional<Badge> find(ProgramId program, BadgeId id);

  /** False when there was no such badge. */
  boolean delete(ProgramId program, BadgeId id);

  Catalog catalog(ProgramId program);
}
