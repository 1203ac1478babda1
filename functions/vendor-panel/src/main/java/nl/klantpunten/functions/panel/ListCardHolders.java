package nl.klantpunten.functions.panel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.customer.Customer;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.customer.SearchText;
import nl.klantpunten.core.ledger.Balance;
import nl.klantpunten.core.page.Page;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.CustomerStore;
import nl.klantpunten.core.store.PanelStore;

/**
 * GET /v1/panel/customers?q=&limit=&cursor=: the program's customers with contact data and balance, by customer
 * id (or, with {@code q}, those whose card code, name or email starts with it). One page of the customer index
 * plus one BatchGetItem of the page's balances.
 */
final class ListCardHolders implements Operation {
  private final CustomerStore customers;
  private final PanelStore panel;

  ListCardHolders(CustomerStore customers, PanelStore panel) {
    this.customers = customers;
    this.panel = panel;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    ProgramId program = request.principal().programId();
    int limit = request.intParam("limit", 20, 1, 100);
    String cursor = request.queryParam("cursor");
    String q = request.queryParam("q");
    Page<Customer> page = q == null
        ? customers.list(program, limit, cursor)
        : customers.search(program, SearchText.query(q), limit, cursor);
    List<CustomerId> ids = page.items().stream().map(Customer::id).toList();
    Map<CustomerId, Balance> balances = panel.balances(program, ids);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items",
        page.items().stream().map(c -> PanelRepresentations.cardHolder(c, balances.get(c.id()))).toList());
    body.put("nextCursor", page.nextCursor());
    return ApiResponse.ok(body);
  }
}
