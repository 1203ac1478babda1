package nl.klantpunten.core.segment;

import java.util.Set;
import nl.klantpunten.core.badge.BadgeId;
import nl.klantpunten.core.settings.FieldReader;

/**
 * Reads a segment given as a JSON object ({@code {"minBalance": 100, "maxBalance": 500, "badge": "gold"}}) inside a
 * request body, reporting problems under the object's path ({@code segment.minBalance}).
 */
public final class SegmentInput {
  private static final Set<String> FIELDS = Set.of("minBalance", "maxBalance", "badge");

  private SegmentInput() {}

  /** The segment, or null after recording its problems. */
  public static Segment read(FieldReader in) {
    in.only(FIELDS);
    Long min = in.whole("minBalance");
    Long max = in.whole("maxBalance");
    String badge = in.text("badge");
    boolean ok = true;
    if (badge != null && !BadgeId.isValid(badge)) {
      in.violations().add(in.pathOf("badge"), "format", "not a badge id: letters, digits and . _ -");
      ok = false;
    }
    if (min == null && max == null && badge == null) {
      in.violations().add(in.pathOf("minBalance"), "required", "give minBalance, maxBalance or badge");
      ok = false;
    }
    if (min != null && max != null && min > max) {
      in.violations().add(in.pathOf("maxBalance"), "range", "must be at least minBalance (" + min + ")");
      ok = false;
    }
    return ok ? new Segment(min, max, badge == null ? null : new BadgeId(badge)) : null;
  }
}
