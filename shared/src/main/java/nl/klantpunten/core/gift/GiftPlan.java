package nl.klantpunten.core.gift;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import nl.klantpunten.core.segment.Segment;

/**
 * A periodic gift: {@code points} for every customer of {@code segment}, once per period of {@code cadence}, while
 * {@code active}. Periods that began before the plan was created are not given (creating a monthly plan on the 20th
 * does not hand out that month's gift to everyone at once): the first period is the first to start after
 * {@code createdAt}. A period that passed while no run happened is not given afterwards; only the current one is.
 */
public record GiftPlan(GiftId id, long points, String description, Cadence cadence, Segment segment, boolean active,
    Instant createdAt, Instant updatedAt) {

  /** The period to give now, if any. */
  public Optional<GiftPeriod> due(Instant now, ZoneId zone) {
    if (!active) {
      return Optional.empty();
    }
    GiftPeriod period = cadence.periodAt(now, zone);
    return period.start().isBefore(createdAt) ? Optional.empty() : Optional.of(period);
  }

  public GiftPlan updatedWith(GiftPlanInput input, Instant at) {
    return new GiftPlan(id, input.points(), input.description(), input.cadence(), input.segment(), input.active(),
        createdAt, at);
  }
}
