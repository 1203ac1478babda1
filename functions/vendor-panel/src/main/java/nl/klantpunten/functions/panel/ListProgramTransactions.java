package nl.klantpunten.functions.panel;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.customer.Customer;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.ledger.ProgramEntryQuery;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.page.Page;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.PanelStore;

/**
 * GET /v1/panel/transactions?customerId=&reason=&from=&to=&limit=&cursor=: every visible transaction of the
 * program, newest first, each with its customer's name and card code (one BatchGetItem of the page's profiles).
 */
final class ListProgramTransactions implements Operation {
  private final PanelStore panel;

  ListProgramTransactions(PanelStore panel) {
    this.panel = panel;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    ProgramId program = request.principal().programId();
    String customer = request.queryParam("customerId");
    String reason = request.queryParam("reason");
    ProgramEntryQuery query = new ProgramEntryQuery(
        request.intParam("limit", ProgramEntryQuery.DEFAULT_LIMIT, 1, ProgramEntryQuery.MAX_LIMIT),
        request.queryParam("cursor"),
        customer == null ? null : new CustomerId(customer),
        reason == null ? null : Reason.fromWire("reason", reason),
        instant(request, "from"),
        instant(request, "to"));
    Page<LedgerEntry> page = panel.programEntries(program, query);
    Map<CustomerId, Customer> customers =
        panel.profiles(program, page.items().stream().map(LedgerEntry::customerId).distinct().toList());
    List<Map<String, Object>> items = page.items().stream()
        .map(e -> PanelRepresentations.entry(e, customers.get(e.customerId()))).toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", items);
    body.put("nextCursor", page.nextCursor());
    return ApiResponse.ok(body);
  }

  private static Instant instant(ApiRequest request, String name) {
    String value = request.queryParam(name);
    try {
      return value == null ? null : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw ValidationException.of(name, "dateTime", "must be an ISO-8601 instant such as 2026-01-31T23:00:00Z");
    }
  }
}
