package nl.klantpunten.functions.settings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.core.badge.BadgeDiscount;
import nl.klantpunten.core.badge.BadgeId;
import nl.klantpunten.core.earning.ProductId;
import nl.klantpunten.core.money.Money;
import nl.klantpunten.core.redemption.RedemptionSettings;
import nl.klantpunten.core.settings.ActionPoints;
import nl.klantpunten.core.settings.BadgeSettings;
import nl.klantpunten.core.settings.EarningSettings;
import nl.klantpunten.core.settings.ProgramSettings;

/**
 * The JSON shape of the settings document. It is also the shape PUT accepts, so a GET's body can be edited and
 * sent back as it is.
 */
final class SettingsJson {
  private SettingsJson() {}

  static Map<String, Object> of(ProgramSettings s, Currency currency) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", s.version());
    m.put("updatedAt", s.updatedAt() == null ? null : s.updatedAt().toString());
    m.put("updatedBy", s.updatedBy());
    m.put("points", Map.of("enabled", s.points().enabled()));
    m.put("earning", earning(s.earning(), currency));
    m.put("redemption", redemption(s.redemption(), currency));
    m.put("calendar", Map.of("timeZone", s.calendar().timeZone().getId()));
    m.put("badges", badges(s.badges(), currency));
    Map<String, Object> notifications = new LinkedHashMap<>();
    notifications.put("senderAddress", s.notifications().senderAddress());
    notifications.put("language", s.notifications().language());
    notifications.put("reminderThresholds", s.notifications().reminderThresholds());
    m.put("notifications", notifications);
    return m;
  }

  private static Map<String, Object> redemption(RedemptionSettings r, Currency currency) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("enabled", r.enabled());
    m.put("conversion", Map.of("points", r.conversion().points(), "amount", r.conversion().amountText(currency),
        "currency", currency.getCurrencyCode()));
    m.put("minBalance", r.minBalance());
    m.put("minCartAmount", money(r.minCartAmount(), currency));
    Map<String, Object> max = new LinkedHashMap<>();
    max.put("type", r.maxDiscount().kind().wireName());
    switch (r.maxDiscount().kind()) {
      case FIXED -> {
        max.put("amount", money(r.maxDiscount().amount(), currency));
        max.put("currency", currency.getCurrencyCode());
      }
      case PERCENT -> max.put("percent", r.maxDiscount().percent());
      default -> { }
    }
    m.put("maxDiscount", max);
    m.put("excludeDiscounted", r.excludeDiscounted());
    m.put("excludeProducts", r.excludeProducts().stream().map(ProductId::value).toList());
    m.put("onlyProducts", r.onlyProducts().stream().map(ProductId::value).toList());
    m.put("reservationMinutes", r.reservationMinutes());
    m.put("refundReturnsRedeemed", r.refundReturnsRedeemed());
    return m;
  }

  private static String money(BigDecimal amount, Currency currency) {
    return amount.setScale(Money.minorDigits(currency)).toPlainString();
  }

  private static Map<String, Object> earning(EarningSettings e, Currency currency) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("enabled", e.enabled());
    m.put("ratio", Map.of("points", e.ratio().points(), "amount", e.ratio().amountText(currency),
        "currency", currency.getCurrencyCode()));
    m.put("earnOn", e.earnOn().wireName());
    m.put("includeTax", e.includeTax());
    m.put("includeShipping", e.includeShipping());
    m.put("includeDiscountedLines", e.includeDiscountedLines());
    m.put("negativeBalance", e.negativeBalance().wireName());
    m.put("testOrders", e.testOrders());
    m.put("giftCards", e.giftCards());
    ActionPoints a = e.actions();
    Map<String, Object> actions = new LinkedHashMap<>();
    actions.put("registration", a.registration());
    actions.put("newsletterSignup", a.newsletterSignup());
    actions.put("review", a.review());
    actions.put("reviewMode", a.reviewMode().wireName());
    m.put("actions", actions);
    return m;
  }

  private static Map<String, Object> badges(BadgeSettings b, Currency currency) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("measure", b.measure().wireName());
    m.put("introText", b.introText());
    List<Object> rules = new ArrayList<>();
    for (BadgeDiscount d : b.discounts()) {
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("badgeIds", d.badgeIds().stream().map(BadgeId::value).sorted().toList());
      if (d.percent() != null) {
        rule.put("percent", d.percent());
      } else {
        rule.put("fixedAmount", d.fixedAmount().toDecimalString());
        rule.put("currency", currency.getCurrencyCode());
      }
      rules.add(rule);
    }
    m.put("discounts", rules);
    m.put("display", b.display());
    return m;
  }

  /** The ETag of a settings version: its number, quoted as HTTP wants. */
  static String etag(ProgramSettings s) {
    return "\"" + s.version() + "\"";
  }
}
