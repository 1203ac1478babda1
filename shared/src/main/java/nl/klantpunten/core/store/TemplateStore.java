package nl.klantpunten.core.store;

import java.time.Instant;
import java.util.Optional;
import nl.klantpunten.core.notification.EmailTemplate;
import nl.klantpunten.core.notification.NotificationType;
import nl.klantpunten.core.program.ProgramId;

/** A program's own email templates, one per type and language (absent: the default applies). */
public interface TemplateStore {
  Optional<EmailTemplate> find(ProgramId programId, NotificationType type, String language);

  void save(ProgramId programId, NotificationType type, String language, EmailTemplate template, String actor,
      Instant at);
}
