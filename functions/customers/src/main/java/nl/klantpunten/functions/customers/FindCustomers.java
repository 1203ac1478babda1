package nl.klantpunten.functions.customers;

import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.api.Representations;
import nl.klantpunten.core.customer.Customer;
import nl.klantpunten.core.customer.SearchText;
import nl.klantpunten.core.page.Page;
import nl.klantpunten.core.store.CustomerStore;

/** GET /v1/customers?q=&limit=&cursor=: by card code, name or email prefix; without q, every customer by id. */
final class FindCustomers implements Operation {
  private final CustomerStore customers;

  FindCustomers(CustomerStore customers) {
    this.customers = customers;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    int limit = request.intParam("limit", 20, 1, 100);
    String cursor = request.queryParam("cursor");
    String q = request.queryParam("q");
    Page<Customer> page = q == null
        ? customers.list(request.principal().programId(), limit, cursor)
        : customers.search(request.principal().programId(), SearchText.query(q), limit, cursor);
    return ApiResponse.ok(Representations.page(page, Representations::customer));
  }
}
