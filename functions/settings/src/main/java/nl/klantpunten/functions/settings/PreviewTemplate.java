package nl.klantpunten.functions.settings;

import java.util.HashMap;
import java.util.Map;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.error.UnprocessableException;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.notification.DefaultTemplates;
import nl.klantpunten.core.notification.EmailTemplate;
import nl.klantpunten.core.notification.NotificationType;
import nl.klantpunten.core.notification.SampleValues;
import nl.klantpunten.core.notification.TemplateRenderer;
import nl.klantpunten.core.notification.TemplateValidation;
import nl.klantpunten.core.store.TemplateStore;

/**
 * POST /v1/templates/{type}/{language}/preview: renders the saved (or default) template, or the one in the body
 * ({@code subject, html, text}: an edit not yet saved), with sample values overridden by the body's {@code data}.
 * Nothing is saved or sent.
 */
final class PreviewTemplate implements Operation {
  private final TemplateStore templates;

  PreviewTemplate(TemplateStore templates) {
    this.templates = templates;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    NotificationType type = Templates.type(request);
    String language = Templates.language(request);
    Map<String, Object> body = request.body() == null || request.body().isBlank() ? Map.of()
        : request.json().asMap();
    Map<String, Object> templateFields = new HashMap<>(body);
    Object data = templateFields.remove("data");
    EmailTemplate template = templateFields.isEmpty()
        ? templates.find(request.principal().programId(), type, language)
            .orElseGet(() -> DefaultTemplates.of(type, language))
        : TemplateValidation.check(type, templateFields);
    Map<String, String> values = new HashMap<>(SampleValues.of(type, language));
    if (data != null) {
      if (!(data instanceof Map<?, ?> given)) {
        throw ValidationException.of("data", "type", "must be a JSON object of placeholder values");
      }
      given.forEach((k, v) -> values.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
    }
    values.values().removeIf(v -> v == null);
    try {
      return ApiResponse.ok(Templates.json(TemplateRenderer.render(template, values)));
    } catch (TemplateRenderer.MissingValues missing) {
      throw new UnprocessableException("MISSING_VALUES", "data",
          "no value for " + String.join(", ", missing.names()));
    }
  }
}
