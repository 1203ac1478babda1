package nl.klantpunten.core.notification;

/** Sends one email (SES v2 in AWS; the local stack and tests run the same adapter against a capturing endpoint). */
public interface EmailSender {

  /** Returns the provider's message id. Throws when the provider did not accept the email. */
  String send(Email email);

  /** A rendered email from the program's sender address to one customer. */
  record Email(String from, String to, String subject, String html, String text) {}
}
