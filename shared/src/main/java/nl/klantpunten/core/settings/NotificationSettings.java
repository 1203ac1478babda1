package nl.klantpunten.core.settings;

import java.util.List;

/**
 * How a program's customers are emailed: the sender address (an address of the SES identity the deployment
 * verified; null: the deployment's default sender), the language of the templates (nl or en) and the balances at
 * which a balance reminder is due (ascending, points).
 */
public record NotificationSettings(String senderAddress, String language, List<Long> reminderThresholds) {
  public static final int MAX_THRESHOLDS = 10;
  public static final NotificationSettings DEFAULT = new NotificationSettings(null, "nl", List.of());

  public NotificationSettings {
    reminderThresholds = List.copyOf(reminderThresholds == null ? List.of() : reminderThresholds);
  }
}
