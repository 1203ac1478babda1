package nl.klantpunten.functions.ledger;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import nl.klantpunten.api.ApiException;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.api.Representations;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.ledger.EntryQuery;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.page.Page;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.LedgerStore;

/** GET /v1/customers/{id}/transactions?limit=&cursor=&reason=&from=&to=&includeDeleted=: newest first. */
final class ListTransactions implements Operation {
  private final LedgerStore ledger;

  ListTransactions(LedgerStore ledger) {
    this.ledger = ledger;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    ProgramId program = request.principal().programId();
    CustomerId customer = new CustomerId(request.pathParam("customerId"));
    boolean includeDeleted = request.booleanParam("includeDeleted");
    if (includeDeleted && request.principal().role() != Role.ADMIN) {
      throw ApiException.forbidden("includeDeleted", "only an admin key may see deleted transactions");
    }
    String reason = request.queryParam("reason");
    EntryQuery query = new EntryQuery(
        request.intParam("limit", EntryQuery.DEFAULT_LIMIT, 1, EntryQuery.MAX_LIMIT),
        request.queryParam("cursor"),
        reason == null ? null : Reason.fromWire("reason", reason),
        instant(request, "from"),
        instant(request, "to"),
        includeDeleted);
    Page<LedgerEntry> page = ledger.entries(program, customer, query);
    // Entries are only ever written together with the balance, so a page with entries proves the customer exists:
    // only an empty page needs the extra read that tells "no such customer" (404) from "nothing matches" (200).
    if (page.items().isEmpty() && ledger.balance(program, customer).isEmpty()) {
      throw new NotFoundException("customer", customer.value());
    }
    return ApiResponse.ok(Representations.page(page, Representations::entry));
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
