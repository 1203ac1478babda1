package nl.klantpunten.functions.checkout;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.money.Money;
import nl.klantpunten.core.redemption.QuoteReason;
import nl.klantpunten.core.redemption.Redemption;
import nl.klantpunten.core.redemption.RedemptionQuote;

/** The JSON answers of the checkout routes. Amounts are decimal strings in the currency's minor unit ("12.50"). */
final class CheckoutJson {
  private CheckoutJson() {}

  static Map<String, Object> quote(CustomerId customer, String currency, RedemptionQuote q) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("customerId", customer.value());
    m.put("currency", currency);
    m.put("balance", q.balance());
    m.put("cartAmount", text(q.cartAmount()));
    m.put("eligibleAmount", text(q.eligibleAmount()));
    m.put("conversion", Map.of("points", q.stepPoints(), "amount", q.stepAmount().toDecimalString(),
        "currency", q.stepAmount().currency().getCurrencyCode()));
    m.put("maxPoints", q.maxPoints());
    m.put("maxDiscount", text(q.maxDiscount()));
    if (q.requested() != null) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("requestedPoints", q.requested().requestedPoints());
      r.put("points", q.requested().points());
      r.put("discount", text(q.requested().discount()));
      r.put("adjusted", q.requested().adjusted());
      m.put("requested", r);
    }
    m.put("redeemable", q.redeemable());
    m.put("reasons", q.reasons().stream().map(QuoteReason::name).toList());
    return m;
  }

  static Map<String, Object> redemption(Redemption r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("customerId", r.customerId().value());
    m.put("orderRef", r.orderRef());
    m.put("points", r.points());
    m.put("discount", r.discount().toDecimalString());
    m.put("currency", r.discount().currency().getCurrencyCode());
    m.put("status", r.status().wireName());
    m.put("createdAt", r.createdAt().toString());
    m.put("expiresAt", r.expiresAt().toString());
    m.put("updatedAt", r.updatedAt() == null ? null : r.updatedAt().toString());
    m.put("reserveEntryId", r.reserveEntryId());
    m.put("returnEntryId", r.returnEntryId());
    return m;
  }

  private static String text(Money money) {
    return money == null ? null : money.toDecimalString();
  }
}
