package nl.klantpunten.functions.badges;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.api.Representations;
import nl.klantpunten.core.badge.CustomerBadges;
import nl.klantpunten.core.badge.CustomerSummary;
import nl.klantpunten.core.badge.ReadSummary;
import nl.klantpunten.core.customer.CustomerId;

/**
 * GET /v1/customers/{customerId}/summary → the "My points" page: balance, intro text, latest transactions, badges
 * (held, next with points missing; null while the program hides badges), rewards with points missing, card expiry
 * (null without a card), and {@code pointsEnabled} (false while the program's points are paused).
 */
final class GetSummary implements Operation {
  private final ReadSummary summaries;

  GetSummary(ReadSummary summaries) {
    this.summaries = summaries;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    CustomerId customer = new CustomerId(request.pathParam("customerId"));
    CustomerSummary s = summaries.read(request.principal().programId(), customer);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("customerId", customer.value());
    m.put("balance", s.balance().points());
    m.put("lifetimeEarned", s.balance().lifetimeEarned());
    m.put("introText", s.introText());
    m.put("latestTransactions", s.latestTransactions().stream().map(Representations::entry).toList());
    m.put("badges", s.badges().map(GetSummary::badges).orElse(null));
    m.put("rewards", s.rewards().stream().map(CatalogJson::progress).toList());
    Map<String, Object> card = null;
    if (s.cardCode() != null) {
      card = new LinkedHashMap<>();
      card.put("cardCode", s.cardCode());
      card.put("expiresOn", s.cardExpiresOn().toString());
    }
    m.put("card", card);
    m.put("pointsEnabled", s.pointsEnabled());
    return ApiResponse.ok(m);
  }

  private static Map<String, Object> badges(CustomerBadges held) {
    Map<String, Object> badges = GetCustomerBadges.json(held);
    badges.remove("history");
    return badges;
  }
}
