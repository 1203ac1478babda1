package nl.klantpunten.core.settings;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.klantpunten.core.ledger.PointsRules;

/**
 * Merges the {@code notifications} part of a settings document: {@code senderAddress} (an email address, stored
 * lowercased), {@code language} (nl | en) and {@code reminderThresholds} (at most 10 whole numbers of points, stored
 * ascending without repeats; the list replaces the current one). A field left out keeps its value.
 */
final class NotificationSettingsInput {
  private static final Set<String> FIELDS = Set.of("senderAddress", "language", "reminderThresholds");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final int MAX_EMAIL_LENGTH = 254;

  private NotificationSettingsInput() {}

  static NotificationSettings merge(NotificationSettings cur, FieldReader in) {
    in.only(FIELDS);
    String sender = cur.senderAddress();
    String given = in.text("senderAddress");
    if (given != null) {
      String clean = given.strip().toLowerCase(Locale.ROOT);
      if (clean.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(clean).matches()) {
        in.violations().add(in.pathOf("senderAddress"), "format", "must be an email address");
      } else {
        sender = clean;
      }
    }
    String language = in.choice("language", "nl", "en");
    Object raw = in.raw("reminderThresholds");
    List<Long> thresholds = raw == null ? cur.reminderThresholds() : thresholds(in, raw, cur.reminderThresholds());
    return new NotificationSettings(sender, language == null ? cur.language() : language, thresholds);
  }

  private static List<Long> thresholds(FieldReader in, Object raw, List<Long> current) {
    String path = in.pathOf("reminderThresholds");
    if (!(raw instanceof List<?> list) || list.size() > NotificationSettings.MAX_THRESHOLDS) {
      in.violations().add(path, "type", "a list of at most " + NotificationSettings.MAX_THRESHOLDS
          + " whole numbers of points");
      return current;
    }
    TreeSet<Long> sorted = new TreeSet<>();
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      Long points = item instanceof Integer || item instanceof Long ? Long.valueOf(((Number) item).longValue())
          : item instanceof BigInteger big && big.bitLength() < 64 ? Long.valueOf(big.longValue())
          : null;
      if (points == null || points < 1 || points > PointsRules.MAX_POINTS_PER_ENTRY) {
        in.violations().add(path + "[" + i + "]", "range",
            "a whole number of points from 1 to " + PointsRules.MAX_POINTS_PER_ENTRY);
        return current;
      }
      sorted.add(points);
    }
    return new ArrayList<>(sorted);
  }
}
