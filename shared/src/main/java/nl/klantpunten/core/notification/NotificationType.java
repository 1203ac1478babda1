package nl.klantpunten.core.notification;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.klantpunten.core.error.ValidationException;

/**
 * What a notification tells the customer. Each type names the placeholders its templates may use: a template is
 * checked against this list when it is saved, so a typo ({@code {{ponts}}}) or a value this type never carries
 * ({@code {{badge.title}}} in a points email) is refused then, not discovered in a customer's inbox.
 */
public enum NotificationType {
  POINTS_EARNED("EARNED", Set.of("points")),
  REWARD_WITHIN_REACH("REWARD", Set.of("reward.name", "reward.points", "points.missing")),
  BADGE_UNLOCKED("BADGE", Set.of("badge.title")),
  PERIODIC_GIFT("GIFT", Set.of("points", "gift.name")),
  BALANCE_REMINDER("REMINDER", Set.of("threshold")),
  /** A loyalty card's welcome, with its code: the only way the code reaches the customer who enrolled. */
  CARD_WELCOME("WELCOME", Set.of("cardCode"));

  /** Every type may use these: who the email is for, from which program, and the balance. */
  public static final Set<String> COMMON_PLACEHOLDERS = Set.of("customer.name", "program.name", "balance");

  private final String idPrefix;
  private final Set<String> own;

  NotificationType(String idPrefix, Set<String> own) {
    this.idPrefix = idPrefix;
    this.own = own;
  }

  /** The first part of a notification id of this type, e.g. {@code EARNED} in {@code EARNED#tx_…}. */
  public String idPrefix() {
    return idPrefix;
  }

  public boolean allows(String placeholder) {
    return own.contains(placeholder) || COMMON_PLACEHOLDERS.contains(placeholder);
  }

  public Set<String> placeholders() {
    return new TreeSet<>(Stream.concat(own.stream(), COMMON_PLACEHOLDERS.stream()).toList());
  }

  /** The name in URLs: {@code points-earned}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static NotificationType fromWire(String field, String value) {
    String normalised = value == null ? "" : value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (NotificationType type : values()) {
      if (type.name().equals(normalised)) {
        return type;
      }
    }
    throw ValidationException.of(field, "enum", "unknown notification type '" + value + "'; one of "
        + String.join(", ", Arrays.stream(values()).map(NotificationType::wireName).toList()));
  }
}
