package nl.klantpunten.core.notification;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import nl.klantpunten.core.error.ValidationException;

/**
 * The templates every program starts with, in Dutch and English, for each notification type. A program's own
 * template (saved with PUT /v1/templates/{type}/{language}) replaces the default of that type and language.
 */
public final class DefaultTemplates {
  public static final Set<String> LANGUAGES = Set.of("nl", "en");
  public static final String DEFAULT_LANGUAGE = "nl";
  private static final Map<NotificationType, EmailTemplate> NL = new EnumMap<>(NotificationType.class);
  private static final Map<NotificationType, EmailTemplate> EN = new EnumMap<>(NotificationType.class);

  static {
    NL.put(NotificationType.POINTS_EARNED, template("Je hebt {{points}} punten gespaard bij {{program.name}}",
        "Hallo {{customer.name}},", "Je hebt zojuist {{points}} punten gespaard. Je saldo is nu {{balance}} punten.",
        "Tot ziens bij {{program.name}}!"));
    NL.put(NotificationType.REWARD_WITHIN_REACH, template("Je beloning is bijna binnen bereik",
        "Hallo {{customer.name}},", "Met {{balance}} punten is {{reward.name}} bijna van jou.",
        "Groeten van {{program.name}}"));
    NL.put(NotificationType.BADGE_UNLOCKED, template("Nieuwe badge: {{badge.title}}",
        "Gefeliciteerd {{customer.name}}!", "Je hebt de badge {{badge.title}} verdiend bij {{program.name}}.",
        "Je saldo is {{balance}} punten."));
    NL.put(NotificationType.PERIODIC_GIFT, template("Een cadeau van {{program.name}}",
        "Hallo {{customer.name}},", "Je hebt {{points}} punten cadeau gekregen. Je saldo is nu {{balance}} punten.",
        "Veel plezier ermee!"));
    NL.put(NotificationType.BALANCE_REMINDER, template("Je hebt {{balance}} punten bij {{program.name}}",
        "Hallo {{customer.name}},", "Je hebt {{balance}} punten gespaard. Vergeet ze niet te gebruiken!",
        "Tot ziens bij {{program.name}}"));
    NL.put(NotificationType.CARD_WELCOME, template("Je klantenkaart van {{program.name}}",
        "Welkom {{customer.name}},", "Je kaartcode is {{cardCode}}. Noem deze code of laat hem zien bij"
            + " {{program.name}} om punten te sparen. Je saldo is {{balance}} punten.",
        "Heb jij je niet aangemeld? Dan kun je deze e-mail negeren."));
    EN.put(NotificationType.CARD_WELCOME, template("Your loyalty card at {{program.name}}",
        "Welcome {{customer.name}},", "Your card code is {{cardCode}}. Give or show this code at {{program.name}}"
            + " to collect points. Your balance is {{balance}} points.",
        "Did you not sign up? Then you can ignore this email."));
    EN.put(NotificationType.POINTS_EARNED, template("You earned {{points}} points at {{program.name}}",
        "Hello {{customer.name}},", "You just earned {{points}} points. Your balance is now {{balance}} points.",
        "See you soon at {{program.name}}!"));
    EN.put(NotificationType.REWARD_WITHIN_REACH, template("Your reward is within reach",
        "Hello {{customer.name}},", "With {{balance}} points, {{reward.name}} is almost yours.",
        "Regards, {{program.name}}"));
    EN.put(NotificationType.BADGE_UNLOCKED, template("New badge: {{badge.title}}",
        "Congratulations {{customer.name}}!", "You unlocked the badge {{badge.title}} at {{program.name}}.",
        "Your balance is {{balance}} points."));
    EN.put(NotificationType.PERIODIC_GIFT, template("A gift from {{program.name}}",
        "Hello {{customer.name}},", "You received {{points}} points as a gift. Your balance is now {{balance}} points.",
        "Enjoy!"));
    EN.put(NotificationType.BALANCE_REMINDER, template("You have {{balance}} points at {{program.name}}",
        "Hello {{customer.name}},", "You have saved {{balance}} points. Don't forget to use them!",
        "See you soon at {{program.name}}"));
  }

  private DefaultTemplates() {}

  public static EmailTemplate of(NotificationType type, String language) {
    return ("en".equals(language) ? EN : NL).get(type);
  }

  /** The language if supported (nl, en), else a 400 naming {@code field}. */
  public static String language(String field, String value) {
    if (value == null || !LANGUAGES.contains(value)) {
      throw ValidationException.of(field, "enum", "language must be one of en, nl");
    }
    return value;
  }

  private static EmailTemplate template(String subject, String greeting, String body, String closing) {
    String html = "<!DOCTYPE html><html><body style=\"font-family:sans-serif\">"
        + "<p>" + greeting + "</p><p>" + body + "</p><p>" + closing + "</p></body></html>";
    String text = greeting + "\n\n" + body + "\n\n" + closing + "\n";
    return new EmailTemplate(subject, html, text);
  }
}
