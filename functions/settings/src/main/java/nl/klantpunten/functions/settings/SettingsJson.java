package nl.klantpunten.functions.settings;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.core.settings.ActionPoints;
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
    m.put("earning", earning(s.earning(), currency));
    Map<String, Object> notifications = new LinkedHashMap<>();
    notifications.put("senderAddress", s.notifications().senderAddress());
    notifications.put("language", s.notifications().language());
    notifications.put("reminderThresholds", s.notifications().reminderThresholds());
    m.put("notifications", notifications);
    return m;
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
    ActionPoints a = e.actions();
    Map<String, Object> actions = new LinkedHashMap<>();
    actions.put("registration", a.registration());
    actions.put("newsletterSignup", a.newsletterSignup());
    actions.put("review", a.review());
    actions.put("reviewMode", a.reviewMode().wireName());
    m.put("actions", actions);
    return m;
  }

  /** The ETag of a settings version: its number, quoted as HTTP wants. */
  static String etag(ProgramSettings s) {
    return "\"" + s.version() + "\"";
  }
}
