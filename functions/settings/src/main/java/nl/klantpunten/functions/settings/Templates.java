package nl.klantpunten.functions.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.core.notification.DefaultTemplates;
import nl.klantpunten.core.notification.EmailTemplate;
import nl.klantpunten.core.notification.NotificationType;
import nl.klantpunten.core.notification.RenderedEmail;

/** The path parameters and JSON shapes of /v1/templates/{type}/{language}. */
final class Templates {
  private Templates() {}

  static NotificationType type(ApiRequest request) {
    return NotificationType.fromWire("type", request.pathParam("type"));
  }

  static String language(ApiRequest request) {
    return DefaultTemplates.language("language", request.pathParam("language"));
  }

  static Map<String, Object> json(NotificationType type, String language, EmailTemplate t, boolean isDefault) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type.wireName());
    m.put("language", language);
    m.put("subject", t.subject());
    m.put("html", t.html());
    m.put("text", t.text());
    m.put("isDefault", isDefault);
    m.put("placeholders", type.placeholders().stream().map(p -> "{{" + p + "}}").toList());
    return m;
  }

  static Map<String, Object> json(RenderedEmail e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("subject", e.subject());
    m.put("html", e.html());
    m.put("text", e.text());
    return m;
  }
}
