package nl.klantpunten.core.notification;

/**
 * An email template of one type and language: a subject, an HTML part and a text part, each with {@code
 * {{placeholders}}}. The HTML part is HTML the program wrote; only the values put into it are escaped.
 */
public record EmailTemplate(String subject, String html, String text) {
  public static final int MAX_SUBJECT_LENGTH = 200;
  public static final int MAX_BODY_LENGTH = 100_000;
}
