package nl.klantpunten.core.notification;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.core.badge.CustomerBadges;
import nl.klantpunten.core.badge.CustomerSummary;
import nl.klantpunten.core.customer.Customer;
import nl.klantpunten.core.program.Program;
import nl.klantpunten.core.reward.RewardProgress;

/**
 * A customer's current values under the same names the email templates use ({@code {{balance}}}, {@code
 * {{customer.name}}}, {@code {{badge.title}}}…), for channels that fill their own texts (SMS, a till receipt, a
 * shop's account page). Read from the "My points" summary of the badges issue, so both always agree.
 *
 * <ul>
 *   <li>{@code badge.title}: the held badge with the highest lower bound; {@code badge.next.title} and {@code
 *       badge.next.missing}: the next badge and the points it still needs;</li>
 *   <li>{@code reward.name}, {@code reward.points}, {@code points.missing}: the next reward, i.e. the one not yet
 *       reachable that needs the fewest points more; {@code rewards.reachable}: how many can be claimed now.</li>
 * </ul>
 * A value that does not exist (no badge held, no rewards) is left out rather than sent as an empty text; so are the
 * badge values while the program hides badges from customers ({@code badges.display} off).
 */
public final class Shortcodes {
  private Shortcodes() {}

  public static Map<String, String> of(Program program, Customer customer, CustomerSummary summary) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("customer.name", customer.name());
    values.put("program.name", program.name());
    values.put("balance", Long.toString(summary.balance().points()));
    values.put("points.lifetime", Long.toString(summary.balance().lifetimeEarned()));
    summary.badges().ifPresent(badges -> badgeValues(badges, values));
    summary.rewards().stream()
        .filter(r -> !r.reachable())
        .min(Comparator.comparingLong(RewardProgress::pointsMissing))
        .ifPresent(next -> {
          values.put("reward.name", next.reward().name());
          values.put("reward.points", Long.toString(next.reward().pointsRequired()));
          values.put("points.missing", Long.toString(next.pointsMissing()));
        });
    values.put("rewards.reachable", Long.toString(summary.rewards().stream().filter(RewardProgress::reachable)
        .count()));
    String card = summary.cardCode() != null ? summary.cardCode() : customer.cardCode();
    if (card != null) {
      values.put("card.code", card);
    }
    return values;
  }

  private static void badgeValues(CustomerBadges badges, Map<String, String> values) {
    badges.held().stream()
        .max(Comparator.comparingLong(held -> held.badge().range().from()))
        .ifPresent(held -> values.put("badge.title", held.badge().title()));
    badges.next().ifPresent(next -> {
      values.put("badge.next.title", next.badge().title());
      values.put("badge.next.missing", Long.toString(next.pointsMissing()));
    });
  }
}
