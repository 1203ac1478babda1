package nl.klantpunten.functions.customers;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.badge.CustomerSummary;
import nl.klantpunten.core.badge.ReadSummary;
import nl.klantpunten.core.customer.Customer;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.notification.Shortcodes;
import nl.klantpunten.core.program.Program;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.CustomerStore;
import nl.klantpunten.core.store.ProgramStore;

/**
 * GET /v1/customers/{customerId}/shortcodes: the customer's current values by placeholder name ({@code values}):
 * balance, badge, next badge, next reward… (see {@link Shortcodes}). 404 for a customer this program does not have.
 */
final class GetShortcodes implements Operation {
  private final ProgramStore programs;
  private final CustomerStore customers;
  private final ReadSummary summaries;

  GetShortcodes(ProgramStore programs, CustomerStore customers, ReadSummary summaries) {
    this.programs = programs;
    this.customers = customers;
    this.summaries = summaries;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    ProgramId programId = request.principal().programId();
    CustomerId id = new CustomerId(request.pathParam("customerId"));
    Customer customer = customers.find(programId, id).orElseThrow(() -> new NotFoundException("customer", id.value()));
    Program program = programs.find(programId).orElseThrow(() -> new NotFoundException("program", programId.value()));
    CustomerSummary summary = summaries.read(programId, id);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("customerId", id.value());
    body.put("values", Shortcodes.of(program, customer, summary));
    return ApiResponse.ok(body);
  }
}
