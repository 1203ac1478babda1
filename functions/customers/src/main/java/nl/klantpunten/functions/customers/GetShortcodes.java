package nl.klantpunten.functions.customers;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.customer.Customer;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.notification.Shortcodes;
import nl.klantpunten.core.program.Program;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.CustomerStore;
import nl.klantpunten.core.store.LedgerStore;
import nl.klantpunten.core.store.ProgramStore;

/**
 * GET /v1/customers/{customerId}/shortcodes: the customer's current values by placeholder name ({@code values}),
 * and the names this deployment cannot fill yet ({@code unavailable}).
 */
final class GetShortcodes implements Operation {
  private final ProgramStore programs;
  private final CustomerStore customers;
  private final LedgerStore ledger;

  GetShortcodes(ProgramStore programs, CustomerStore customers, LedgerStore ledger) {
    this.programs = programs;
    this.customers = customers;
    this.ledger = ledger;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    ProgramId programId = request.principal().programId();
    CustomerId id = new CustomerId(request.pathParam("customerId"));
    Customer customer = customers.find(programId, id).orElseThrow(() -> new NotFoundException("customer", id.value()));
    Program program = programs.find(programId).orElseThrow(() -> new NotFoundException("program", programId.value()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("customerId", id.value());
    body.put("values", Shortcodes.of(program, customer, ledger.balance(programId, id).orElse(null)));
    body.put("unavailable", Shortcodes.NOT_YET_AVAILABLE);
    return ApiResponse.ok(body);
  }
}
