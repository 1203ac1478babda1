package nl.klantpunten.functions.stream;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.report.ReportedEntry;
import nl.klantpunten.core.settings.CalendarSettings;
import nl.klantpunten.core.settings.ProgramConfig;
import nl.klantpunten.core.settings.SettingsCache;
import nl.klantpunten.core.store.ReportStore;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Folds the ledger's entries into the per-program, per-day report aggregates: an INSERTed entry adds to the day it
 * was made in (the program's time zone), a deletion (an entry gaining {@code deletedAt}) takes it out of that same
 * day. A batch is grouped by program and day, so each group is one write however many entries it holds. Groups are
 * written in the order of their first change; if one fails, the batch is retried from that group's first change
 * (every change before it belongs to a group that was written; writing a group again counts nothing twice).
 */
final class ReportAggregator implements ChangeProcessor {
  private final ReportStore reports;
  private final SettingsCache settings;

  ReportAggregator(ReportStore reports, SettingsCache settings) {
    this.reports = reports;
    this.settings = settings;
  }

  @Override
  public void process(List<TableChange> changes) {
    Map<Group, Pending> groups = new LinkedHashMap<>();
    for (int i = 0; i < changes.size(); i++) {
      TableChange change = changes.get(i);
      Optional<ReportedEntry> entry = reported(change);
      if (entry.isEmpty()) {
        continue;
      }
      ProgramId program = new ProgramId(change.string("programId"));
      LocalDate day = entry.get().day(zone(program));
      int index = i;
      groups.computeIfAbsent(new Group(program, day), g -> new Pending(index)).add(entry.get());
    }
    int firstFailure = Integer.MAX_VALUE;
    RuntimeException failure = null;
    for (Map.Entry<Group, Pending> group : groups.entrySet()) {
      try {
        reports.add(group.getKey().program(), group.getKey().day(), List.copyOf(group.getValue().entries.values()));
      } catch (RuntimeException e) {
        if (group.getValue().firstIndex < firstFailure) {
          firstFailure = group.getValue().firstIndex;
          failure = e;
        }
      }
    }
    if (failure != null) {
      throw new FailedChange(firstFailure, failure);
    }
  }

  /** An entry insert, or an entry's deletion; nothing for every other change. */
  static Optional<ReportedEntry> reported(TableChange change) {
    if (!"ENTRY".equals(change.itemType()) || change.string("programId") == null) {
      return Optional.empty();
    }
    if (change.isInsert() && !has(change.newImage(), "deletedAt")) {
      return Optional.of(entry(change.newImage(), false));
    }
    if (change.isModify() && has(change.newImage(), "deletedAt") && !has(change.oldImage(), "deletedAt")) {
      return Optional.of(entry(change.newImage(), true));
    }
    return Optional.empty();
  }

  private static boolean has(Map<String, AttributeValue> image, String name) {
    return image != null && image.containsKey(name);
  }

  private static ReportedEntry entry(Map<String, AttributeValue> image, boolean reversal) {
    return new ReportedEntry(image.get("entryId").s(), new CustomerId(image.get("customerId").s()),
        Long.parseLong(image.get("points").n()), Reason.valueOf(image.get("reason").s()),
        Instant.parse(image.get("createdAt").s()), reversal);
  }

  /** The program's time zone; a program deleted since keeps the default zone. */
  private ZoneId zone(ProgramId program) {
    return settings.find(program).map(ProgramConfig::settings).map(s -> s.calendar().timeZone())
        .orElse(CalendarSettings.DEFAULT.timeZone());
  }

  private record Group(ProgramId program, LocalDate day) {}

  private static final class Pending {
    final int firstIndex;
    final Map<String, ReportedEntry> entries = new LinkedHashMap<>(); // one per marker key, in case of repeats

    Pending(int firstIndex) {
      this.firstIndex = firstIndex;
    }

    void add(ReportedEntry e) {
      entries.putIfAbsent(e.entryId() + (e.reversal() ? "#DELETED" : ""), e);
    }
  }
}
