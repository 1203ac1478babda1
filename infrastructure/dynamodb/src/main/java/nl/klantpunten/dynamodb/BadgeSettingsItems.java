package nl.klantpunten.dynamodb;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.klantpunten.core.badge.BadgeDiscount;
import nl.klantpunten.core.badge.BadgeId;
import nl.klantpunten.core.badge.BadgeMeasure;
import nl.klantpunten.core.money.Money;
import nl.klantpunten.core.settings.BadgeSettings;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The {@code badges} map attribute of the settings item: {@code measure}, {@code introText}, {@code discounts} (a
 * list of maps {badgeIds: SS, percent: N | fixedMinor: N + currency: S}), {@code display} (BOOL). Missing fields
 * read as the defaults.
 */
final class BadgeSettingsItems {
  private BadgeSettingsItems() {}

  static AttributeValue toAttribute(BadgeSettings b) {
    Map<String, AttributeValue> m = new HashMap<>();
    m.put("measure", Item.str(b.measure().name()));
    if (b.introText() != null) {
      m.put("introText", Item.str(b.introText()));
    }
    List<AttributeValue> rules = new ArrayList<>();
    for (BadgeDiscount d : b.discounts()) {
      Map<String, AttributeValue> rule = new HashMap<>();
      rule.put("badgeIds", AttributeValue.fromSs(d.badgeIds().stream().map(BadgeId::value).sorted().toList()));
      if (d.percent() != null) {
        rule.put("percent", Item.num(d.percent()));
      } else {
        rule.put("fixedMinor", Item.num(d.fixedAmount().minorUnits()));
        rule.put("currency", Item.str(d.fixedAmount().currency().getCurrencyCode()));
      }
      rules.add(AttributeValue.fromM(rule));
    }
    m.put("discounts", AttributeValue.fromL(rules));
    m.put("display", AttributeValue.fromBool(b.display()));
    return AttributeValue.fromM(m);
  }

  static BadgeSettings fromAttribute(AttributeValue value) {
    if (value == null || !value.hasM()) {
      return BadgeSettings.DEFAULT;
    }
    Map<String, AttributeValue> m = value.m();
    BadgeMeasure measure = m.containsKey("measure") ? BadgeMeasure.valueOf(m.get("measure").s())
        : BadgeSettings.DEFAULT.measure();
    String intro = m.containsKey("introText") ? m.get("introText").s() : null;
    List<BadgeDiscount> discounts = new ArrayList<>();
    if (m.containsKey("discounts") && m.get("discounts").hasL()) {
      for (AttributeValue r : m.get("discounts").l()) {
        Map<String, AttributeValue> rule = r.m();
        Set<BadgeId> ids = rule.get("badgeIds").ss().stream().map(BadgeId::new).collect(Collectors.toSet());
        discounts.add(rule.containsKey("percent")
            ? BadgeDiscount.percent(ids, Integer.parseInt(rule.get("percent").n()))
            : BadgeDiscount.fixed(ids, new Money(Long.parseLong(rule.get("fixedMinor").n()),
                Currency.getInstance(rule.get("currency").s()))));
      }
    }
    AttributeValue display = m.get("display");
    return new BadgeSettings(measure, intro, discounts,
        display == null || display.bool() == null ? BadgeSettings.DEFAULT.display() : display.bool());
  }
}
