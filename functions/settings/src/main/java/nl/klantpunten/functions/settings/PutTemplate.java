package nl.klantpunten.functions.settings;

import java.time.Clock;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.notification.EmailTemplate;
import nl.klantpunten.core.notification.NotificationType;
import nl.klantpunten.core.notification.TemplateValidation;
import nl.klantpunten.core.store.TemplateStore;

/**
 * PUT /v1/templates/{type}/{language} {subject, html, text}: replaces the program's template. A placeholder the
 * type does not know is refused with a 400 naming the field and the placeholder; nothing is saved then.
 */
final class PutTemplate implements Operation {
  private final TemplateStore templates;
  private final Clock clock;

  PutTemplate(TemplateStore templates, Clock clock) {
    this.templates = templates;
    this.clock = clock;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    NotificationType type = Templates.type(request);
    String language = Templates.language(request);
    EmailTemplate template = TemplateValidation.check(type, request.json().asMap());
    templates.save(request.principal().programId(), type, language, template, request.principal().keyId(),
        clock.instant());
    return ApiResponse.ok(Templates.json(type, language, template, false));
  }
}
