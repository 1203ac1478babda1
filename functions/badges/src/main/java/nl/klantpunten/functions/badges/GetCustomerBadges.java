package nl.klantpunten.functions.badges;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.badge.CustomerBadges;
import nl.klantpunten.core.badge.ReadCustomerBadges;
import nl.klantpunten.core.customer.CustomerId;

/** GET /v1/customers/{customerId}/badges → {measure, measureValue, held, history, next}. */
final class GetCustomerBadges implements Operation {
  private final ReadCustomerBadges badges;

  GetCustomerBadges(ReadCustomerBadges badges) {
    this.badges = badges;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    CustomerId customer = new CustomerId(request.pathParam("customerId"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("customerId", customer.value());
    out.putAll(json(badges.read(request.principal().programId(), customer)));
    return ApiResponse.ok(out);
  }

  static Map<String, Object> json(CustomerBadges b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("measure", b.measure().wireName());
    m.put("measureValue", b.measureValue());
    m.put("held", b.held().stream().map(h -> CatalogJson.heldBadge(h.badge(), h.firstUnlockedAt())).toList());
    m.put("history", b.history().stream().map(u -> {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("badgeId", u.badgeId().value());
      e.put("title", u.badge().map(x -> x.title()).orElse(null));
      e.put("firstUnlockedAt", u.firstUnlockedAt().toString());
      e.put("held", u.held());
      return (Object) e;
    }).toList());
    m.put("next", b.next().map(CatalogJson::next).orElse(null));
    m.put("evaluatedVersion", b.evaluatedVersion());
    return m;
  }
}
