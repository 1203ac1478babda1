package nl.klantpunten.functions.reports;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.api.Representations;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.ledger.ProgramEntryQuery;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.page.Page;
import nl.klantpunten.core.program.Program;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.report.Csv;
import nl.klantpunten.core.report.PointValue;
import nl.klantpunten.core.report.ProgramOutstanding;
import nl.klantpunten.core.report.ReportRange;
import nl.klantpunten.core.report.ReportTotals;
import nl.klantpunten.core.settings.ProgramSettings;
import nl.klantpunten.core.store.PanelStore;
import nl.klantpunten.core.store.ProgramStore;
import nl.klantpunten.core.store.ReportStore;
import nl.klantpunten.core.store.SettingsStore;

/**
 * GET /v1/reports/points?from=&to=&customerId=&reason=&minPoints=&maxPoints=&limit=&cursor=: the entries of the
 * program's days {@code from}..{@code to} (dates in the program's time zone) that match, newest first and paged, and
 * the totals of those days from the aggregates. With {@code Accept: text/csv} the matching entries come as CSV, up
 * to {@link #CSV_MAX_ROWS} per response (header {@code x-next-cursor} continues), with the totals in headers.
 */
final class GetPointsReport implements Operation {
  static final int CSV_MAX_ROWS = 10_000;
  static final List<String> CSV_COLUMNS = List.of("entryId", "createdAt", "customerId", "points", "kind", "reason",
      "note", "sourceRef", "actor");
  private final ProgramStore programs;
  private final SettingsStore settings;
  private final PanelStore panel;
  private final ReportStore reports;

  GetPointsReport(ProgramStore programs, SettingsStore settings, PanelStore panel, ReportStore reports) {
    this.programs = programs;
    this.settings = settings;
    this.panel = panel;
    this.reports = reports;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    ProgramId id = request.principal().programId();
    Program program = programs.find(id).orElseThrow(() -> new NotFoundException("program", id.value()));
    ProgramSettings programSettings = settings.load(id);
    ZoneId zone = programSettings.calendar().timeZone();
    ReportRange range = ReportRange.parse(request.queryParam("from"), request.queryParam("to"));
    ReportQuery query = ReportQuery.read(request);
    ReportTotals totals = ReportTotals.of(reports.days(id, range.from(), range.to()), query.reason());
    ProgramOutstanding outstanding = reports.outstanding(id);
    PointValue rate = PointValue.ofRedemption(programSettings.redemption().conversion());
    ReportSummary summary = new ReportSummary(range, zone, query, totals, outstanding, rate, program.currency());
    boolean csv = accepts(request, "text/csv");
    ProgramEntryQuery entries = query.entries(range, zone, csv ? ProgramEntryQuery.MAX_LIMIT
        : request.intParam("limit", ProgramEntryQuery.DEFAULT_LIMIT, 1, ProgramEntryQuery.MAX_LIMIT),
        request.queryParam("cursor"));
    return csv ? csv(id, entries, summary) : json(id, entries, summary);
  }

  private ApiResponse json(ProgramId id, ProgramEntryQuery query, ReportSummary summary) {
    Page<LedgerEntry> page = panel.programEntries(id, query);
    Map<String, Object> body = new LinkedHashMap<>(summary.json());
    body.put("items", page.items().stream().map(Representations::entry).toList());
    body.put("nextCursor", page.nextCursor());
    return ApiResponse.ok(body);
  }

  /** Page after page of 100 into one body (API Gateway HTTP APIs buffer a Lambda's answer; no streaming there). */
  private ApiResponse csv(ProgramId id, ProgramEntryQuery first, ReportSummary summary) {
    StringBuilder out = new StringBuilder(Csv.row(CSV_COLUMNS));
    ProgramEntryQuery query = first;
    int rows = 0;
    String next;
    do {
      Page<LedgerEntry> page = panel.programEntries(id, query);
      for (LedgerEntry e : page.items()) {
        out.append(Csv.row(csvFields(e)));
      }
      rows += page.items().size();
      next = page.nextCursor();
      query = query.withCursor(next);
    } while (next != null && rows < CSV_MAX_ROWS);
    Map<String, String> headers = new LinkedHashMap<>(summary.headers());
    headers.put("content-type", Csv.CONTENT_TYPE);
    headers.put("content-disposition",
        "attachment; filename=\"points-" + summary.range().from() + "-" + summary.range().to() + ".csv\"");
    if (next != null) {
      headers.put("x-next-cursor", next);
    }
    return new ApiResponse(200, Map.copyOf(headers), out.toString());
  }

  private static List<Object> csvFields(LedgerEntry e) {
    List<Object> fields = new ArrayList<>(CSV_COLUMNS.size());
    fields.add(e.id());
    fields.add(e.createdAt().toString());
    fields.add(e.customerId().value());
    fields.add(e.points());
    fields.add(e.kind().wireName());
    fields.add(e.reason().wireName());
    fields.add(e.note());
    fields.add(e.sourceRef());
    fields.add(e.actor());
    return fields;
  }

  private static boolean accepts(ApiRequest request, String mediaType) {
    String accept = request.header("accept");
    return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains(mediaType);
  }

  /** The entry filters of the request. */
  record ReportQuery(CustomerId customer, Reason reason, Long minPoints, Long maxPoints) {
    static ReportQuery read(ApiRequest request) {
      String customer = request.queryParam("customerId");
      String reason = request.queryParam("reason");
      return new ReportQuery(customer == null ? null : new CustomerId(customer),
          reason == null ? null : Reason.fromWire("reason", reason),
          points(request, "minPoints"), points(request, "maxPoints"));
    }

    private static Long points(ApiRequest request, String name) {
      String value = request.queryParam(name);
      if (value == null) {
        return null;
      }
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw nl.klantpunten.core.error.ValidationException.of(name, "integer", "must be a whole number of points");
      }
    }

    ProgramEntryQuery entries(ReportRange range, ZoneId zone, int limit, String cursor) {
      return new ProgramEntryQuery(limit, cursor, customer, reason, range.start(zone), range.endInclusive(zone),
          minPoints, maxPoints);
    }
  }
}
