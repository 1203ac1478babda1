package nl.klantpunten.core.store;

import java.time.LocalDate;
import java.util.List;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.report.DayTotals;
import nl.klantpunten.core.report.ProgramOutstanding;
import nl.klantpunten.core.report.ReportedEntry;

/** Per-program, per-day report aggregates, written from the table stream only (never on a request's path). */
public interface ReportStore {

  /**
   * Adds entries of one program and one day to that day's totals and to the program's outstanding points, each
   * entry (or deletion) at most once however often it is passed in. Returns how many were newly counted.
   */
  int add(ProgramId program, LocalDate day, List<ReportedEntry> entries);

  /** The stored days from {@code from} to {@code to}, inclusive, oldest first; days without entries are absent. */
  List<DayTotals> days(ProgramId program, LocalDate from, LocalDate to);

  ProgramOutstanding outstanding(ProgramId program);
}
