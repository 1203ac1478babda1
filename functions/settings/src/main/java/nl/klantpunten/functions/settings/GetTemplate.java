package nl.klantpunten.functions.settings;

import java.util.Optional;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.notification.DefaultTemplates;
import nl.klantpunten.core.notification.EmailTemplate;
import nl.klantpunten.core.notification.NotificationType;
import nl.klantpunten.core.store.TemplateStore;

/** GET /v1/templates/{type}/{language}: the program's template, or the default ({@code isDefault: true}). */
final class GetTemplate implements Operation {
  private final TemplateStore templates;

  GetTemplate(TemplateStore templates) {
    this.templates = templates;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    NotificationType type = Templates.type(request);
    String language = Templates.language(request);
    Optional<EmailTemplate> own = templates.find(request.principal().programId(), type, language);
    return ApiResponse.ok(Templates.json(type, language,
        own.orElseGet(() -> DefaultTemplates.of(type, language)), own.isEmpty()));
  }
}
