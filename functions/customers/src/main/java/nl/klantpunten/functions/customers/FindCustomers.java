package nl.klantpunten.functions.customers;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.api.Representations;
import nl.klantpunten.core.customer.Customer;
import nl.klantpunten.core.customer.SearchText;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.page.Page;
import nl.klantpunten.core.segment.Segment;
import nl.klantpunten.core.segment.SegmentMember;
import nl.klantpunten.core.store.CustomerStore;
import nl.klantpunten.core.store.SegmentQuery;

/**
 * GET /v1/customers?q=&limit=&cursor=: by card code, name or email prefix; without q, every customer by id.
 * With {@code minBalance}, {@code maxBalance} and/or {@code badge} it lists a segment instead (issue 5): members as
 * {customerId, balance, lifetimeEarned}, read from an index, never by scanning the program.
 */
final class FindCustomers implements Operation {
  private final CustomerStore customers;
  private final SegmentQuery segments;

  FindCustomers(CustomerStore customers, SegmentQuery segments) {
    this.customers = customers;
    this.segments = segments;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    int limit = request.intParam("limit", 20, 1, 100);
    String cursor = request.queryParam("cursor");
    String q = request.queryParam("q");
    String minBalance = request.queryParam("minBalance");
    String maxBalance = request.queryParam("maxBalance");
    String badge = request.queryParam("badge");
    if (minBalance != null || maxBalance != null || badge != null) {
      if (q != null) {
        throw ValidationException.of("q", "exclusive", "search by text or list a segment, not both");
      }
      Segment segment = Segment.parse(minBalance, maxBalance, badge);
      Page<SegmentMember> page = segments.members(request.principal().programId(), segment, limit, cursor);
      return ApiResponse.ok(Representations.page(page, FindCustomers::member));
    }
    Page<Customer> page = q == null
        ? customers.list(request.principal().programId(), limit, cursor)
        : customers.search(request.principal().programId(), SearchText.query(q), limit, cursor);
    return ApiResponse.ok(Representations.page(page, Representations::customer));
  }

  private static Object member(SegmentMember m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("customerId", m.customerId().value());
    out.put("balance", m.balance());
    out.put("lifetimeEarned", m.lifetimeEarned());
    return out;
  }
}
