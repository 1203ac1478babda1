package nl.klantpunten.functions.gifts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.gift.GiftBatch;
import nl.klantpunten.core.gift.GiftFanOut;
import nl.klantpunten.core.gift.GiftKeys;
import nl.klantpunten.core.gift.GiftPeriod;
import nl.klantpunten.core.gift.GiftPlan;
import nl.klantpunten.core.gift.GiftRunState;
import nl.klantpunten.core.ledger.IdempotencyKey;
import nl.klantpunten.core.page.Page;
import nl.klantpunten.core.segment.SegmentMember;
import nl.klantpunten.core.settings.PointsSwitch;
import nl.klantpunten.core.settings.ProgramSettings;
import nl.klantpunten.core.store.GiftStore;
import nl.klantpunten.core.store.SegmentQuery;
import nl.klantpunten.core.store.SettingsStore;

/**
 * One run of the gift schedule: for every active plan whose current period (program time zone) is due, walk its
 * segment page by page, leave out who already got the period's gift (one batched read of their idempotency
 * guards), send the rest as a batch, and save where the walk stands after every page. When less than
 * {@link #MARGIN_MILLIS} of the invocation is left it stops; the next run continues from the saved page. A walk
 * that reached the end starts again on the next run, which is how customers who joined the segment later in the
 * period get that period's gift. Nothing is given twice however often it runs: every gift carries its key.
 */
final class GiveDueGifts {
  static final long MARGIN_MILLIS = 60_000;
  private final GiftStore gifts;
  private final SettingsStore settings;
  private final SegmentQuery segments;
  private final GiftFanOut fanOut;
  private final Clock clock;

  GiveDueGifts(GiftStore gifts, SettingsStore settings, SegmentQuery segments, GiftFanOut fanOut, Clock clock) {
    this.gifts = gifts;
    this.settings = settings;
    this.segments = segments;
    this.fanOut = fanOut;
    this.clock = clock;
  }

  /**
   * {@code given}: gifts given by this invocation itself (in-run fan-out); {@code sent}: customers handed to the
   * fan-out (with the SQS fan-out they are given by the gift batch function, and {@code given} stays 0).
   */
  record Summary(int plansDue, long given, long sent, boolean finished, int plansSkipped) {
    Map<String, Object> json() {
      return Map.of("plansDue", plansDue, "given", given, "sent", sent, "finished", finished,
          "plansSkipped", plansSkipped);
    }
  }

  Summary run(LongSupplier remainingMillis) {
    Instant now = clock.instant();
    int due = 0;
    int skipped = 0;
    long given = 0;
    long sent = 0;
    String cursor = null;
    do {
      Page<GiftStore.ActivePlan> plans = gifts.activePlans(100, cursor);
      for (GiftStore.ActivePlan active : plans.items()) {
        Optional<GiftPlan> plan = gifts.find(active.program(), active.gift());
        ProgramSettings programSettings = settings.load(active.program());
        ZoneId zone = programSettings.calendar().timeZone();
        Optional<GiftPeriod> period = plan.flatMap(p -> p.due(now, zone));
        if (period.isEmpty()) {
          continue;
        }
        due++;
        if (!PointsSwitch.on(programSettings)) {
          skip(active, plan.get(), period.get(), PointsSwitch.POINTS_DISABLED, now);
          skipped++;
          continue;
        }
        Walk walk = walk(active, plan.get(), period.get(), remainingMillis);
        given += walk.given();
        sent += walk.sent();
        if (!walk.finished()) {
          return new Summary(due, given, sent, false, skipped);
        }
      }
      cursor = plans.nextCursor();
    } while (cursor != null);
    return new Summary(due, given, sent, true, skipped);
  }

  /**
   * Records on the plan's run state that this run gave nothing and why, so the admin reading the plan sees it; the
   * walk is left where it stood and a run after points are back on (still in the period) gives the period's gift.
   */
  private void skip(GiftStore.ActivePlan active, GiftPlan plan, GiftPeriod period, String reason, Instant now) {
    GiftRunState state = gifts.runState(active.program(), plan.id(), period.key())
        .orElse(GiftRunState.start(period.key()));
    gifts.saveRunState(active.program(), plan.id(), state.skippedBy(reason, now));
  }

  private record Walk(long given, long sent, boolean finished) {}

  private Walk walk(GiftStore.ActivePlan active, GiftPlan plan, GiftPeriod period, LongSupplier remainingMillis) {
    GiftRunState state = gifts.runState(active.program(), plan.id(), period.key())
        .orElse(GiftRunState.start(period.key()));
    long given = 0;
    long sent = 0;
    do {
      if (remainingMillis.getAsLong() < MARGIN_MILLIS) {
        return new Walk(given, sent, false);
      }
      Page<SegmentMember> page = segments.members(active.program(), plan.segment(), SegmentQuery.MAX_LIMIT,
          state.cursor());
      Map<IdempotencyKey, CustomerId> byKey = page.items().stream().collect(Collectors.toMap(
          m -> GiftKeys.of(plan.id(), period, m.customerId()), SegmentMember::customerId, (a, b) -> a));
      Set<IdempotencyKey> done = byKey.isEmpty() ? Set.of() : gifts.used(active.program(), byKey.keySet());
      List<CustomerId> todo = byKey.entrySet().stream().filter(e -> !done.contains(e.getKey()))
          .map(Map.Entry::getValue).sorted((a, b) -> a.value().compareTo(b.value())).toList();
      int newly = todo.isEmpty() ? 0 : fanOut.send(new GiftBatch(active.program(), plan, period, todo));
      given += newly;
      sent += todo.size();
      state = state.afterPage(page.nextCursor(), newly, clock.instant());
      gifts.saveRunState(active.program(), plan.id(), state);
    } while (state.cursor() != null);
    return new Walk(given, sent, true);
  }
}
