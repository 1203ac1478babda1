package nl.klantpunten.core.settings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.klantpunten.core.badge.BadgeDiscount;
import nl.klantpunten.core.badge.BadgeId;
import nl.klantpunten.core.badge.BadgeMeasure;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.money.Money;

/**
 * Merges the {@code badges} part of a settings document: {@code measure} (balance | lifetimeEarned), {@code
 * introText} ("" clears it; absent keeps it) and {@code discounts} (a list that replaces the current one as a
 * whole) and {@code display} (whether customers see badges). Each discount rule is {@code {badgeIds: [...],
 * percent: 1-100}} or {@code {badgeIds: [...], fixedAmount: "5.00"}}.
 */
final class BadgeSettingsInput {
  private static final Set<String> FIELDS = Set.of("measure", "introText", "discounts", "display");
  private static final Set<String> RULE = Set.of("badgeIds", "percent", "fixedAmount", "currency");

  private BadgeSettingsInput() {}

  static BadgeSettings merge(BadgeSettings cur, FieldReader in, Currency currency) {
    in.only(FIELDS);
    String measure = in.choice("measure", "balance", "lifetimeEarned");
    String intro = cur.introText();
    if (in.has("introText")) {
      String text = in.text("introText");
      if (text != null && text.strip().length() > BadgeSettings.MAX_INTRO_TEXT) {
        in.violations().add(in.pathOf("introText"), "length",
            "at most " + BadgeSettings.MAX_INTRO_TEXT + " characters");
      } else if (text != null) {
        intro = text.isBlank() ? null : text.strip();
      }
    }
    List<BadgeDiscount> discounts = cur.discounts();
    Object rawDiscounts = in.raw("discounts");
    if (rawDiscounts != null) {
      discounts = discounts(in, rawDiscounts, currency);
    }
    Boolean display = in.bool("display");
    return new BadgeSettings(measure == null ? cur.measure() : BadgeMeasure.fromWire(measure), intro, discounts,
        display == null ? cur.display() : display);
  }

  private static List<BadgeDiscount> discounts(FieldReader in, Object raw, Currency currency) {
    String path = in.pathOf("discounts");
    if (!(raw instanceof List<?> list)) {
      in.violations().add(path, "type", "must be a list of discount rules");
      return List.of();
    }
    if (list.size() > BadgeSettings.MAX_DISCOUNTS) {
      in.violations().add(path, "size", "at most " + BadgeSettings.MAX_DISCOUNTS + " rules");
      return List.of();
    }
    List<BadgeDiscount> rules = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String rulePath = path + "[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> map)) {
        in.violations().add(rulePath, "type", "must be a JSON object");
        continue;
      }
      @SuppressWarnings("unchecked")
      FieldReader rule = new FieldReader((Map<String, Object>) map, rulePath, in.violations()).only(RULE);
      Set<BadgeId> badgeIds = badgeIds(rule);
      boolean hasPercent = rule.has("percent");
      boolean hasFixed = rule.has("fixedAmount");
      Long percent = rule.whole("percent");
      BigDecimal fixedDecimal = rule.decimal("fixedAmount");
      String fixedText = fixedDecimal == null ? null : fixedDecimal.toPlainString();
      String ruleCurrency = rule.text("currency");
      if (ruleCurrency != null && !ruleCurrency.equals(currency.getCurrencyCode())) {
        in.violations().add(rule.pathOf("currency"), "readOnly",
            "discounts are in the program's currency, " + currency.getCurrencyCode());
      }
      if (hasPercent == hasFixed) {
        in.violations().add(rulePath, "oneOf", "give either percent or fixedAmount");
        continue;
      }
      if (percent != null && (percent < 1 || percent > 100)) {
        in.violations().add(rule.pathOf("percent"), "range", "must be a whole number from 1 to 100");
        continue;
      }
      Money fixed = null;
      if (fixedText != null) {
        try {
          fixed = Money.parse(rule.pathOf("fixedAmount"), fixedText, currency);
        } catch (ValidationException e) {
          e.errors().forEach(err -> in.violations().add(err.field(), err.rule(), err.message()));
          continue;
        }
        if (fixed.minorUnits() <= 0) {
          in.violations().add(rule.pathOf("fixedAmount"), "range", "must be more than 0");
          continue;
        }
      }
      if (badgeIds.isEmpty() || percent == null && fixed == null) {
        continue;
      }
      rules.add(new BadgeDiscount(badgeIds, percent == null ? null : percent.intValue(), fixed));
    }
    return rules;
  }

  private static Set<BadgeId> badgeIds(FieldReader rule) {
    Object raw = rule.raw("badgeIds");
    Set<BadgeId> ids = new LinkedHashSet<>();
    if (!(raw instanceof List<?> list) || list.isEmpty()) {
      rule.violations().add(rule.pathOf("badgeIds"), "required", "a non-empty list of badge ids");
      return ids;
    }
    for (Object id : list) {
      if (id instanceof String s && BadgeId.isValid(s)) {
        ids.add(new BadgeId(s));
      } else {
        rule.violations().add(rule.pathOf("badgeIds"), "format", "badge ids: letters, digits and . _ -");
        return Set.of();
      }
    }
    return ids;
  }
}
