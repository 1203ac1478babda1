package nl.klantpunten.dynamodb;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.core.earning.OrderStatus;
import nl.klantpunten.core.settings.ActionPoints;
import nl.klantpunten.core.settings.CalendarSettings;
import nl.klantpunten.core.settings.EarningRatio;
import nl.klantpunten.core.settings.EarningSettings;
import nl.klantpunten.core.settings.NegativeBalancePolicy;
import nl.klantpunten.core.settings.NotificationSettings;
import nl.klantpunten.core.settings.PointsSettings;
import nl.klantpunten.core.settings.ProgramSettings;
import nl.klantpunten.core.settings.ReviewMode;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.redemption.RedemptionSettings;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps {@link ProgramSettings} to its one item: {@code version}, {@code updatedAt}, {@code updatedBy} and one map
 * attribute per part ({@code earning}, {@code redemption}, {@code badges}, {@code calendar}, {@code notifications};
 * the {@code points} part is the BOOL {@code pointsEnabled};
 * later parts add their own). A field missing from a stored part reads as its default, so a part can gain fields
 * without rewriting stored items.
 */
final class SettingsItems {
  private SettingsItems() {}

  static Map<String, AttributeValue> toItem(ProgramId program, ProgramSettings s) {
    Map<String, AttributeValue> item = new HashMap<>(
        Item.builder(Keys.program(program), Keys.SETTINGS_SK, "SETTINGS")
            .s("programId", program.value())
            .n("version", s.version())
            .instant("updatedAt", s.updatedAt())
            .s("updatedBy", s.updatedBy())
            .build());
    item.put("earning", AttributeValue.fromM(earning(s.earning())));
    item.put("redemption", AttributeValue.fromM(RedemptionSettingsItems.toMap(s.redemption())));
    item.put("badges", BadgeSettingsItems.toAttribute(s.badges()));
    item.put("calendar", AttributeValue.fromM(Map.of("timeZone", Item.str(s.calendar().timeZone().getId()))));
    item.put("notifications", AttributeValue.fromM(notifications(s.notifications())));
    // not "points": that name is the numeric sort key of the segment index (gsi2) on every item of the table
    item.put("pointsEnabled", AttributeValue.fromBool(s.points().enabled()));
    return item;
  }

  private static Map<String, AttributeValue> notifications(NotificationSettings n) {
    Map<String, AttributeValue> m = new HashMap<>();
    if (n.senderAddress() != null) {
      m.put("senderAddress", Item.str(n.senderAddress()));
    }
    m.put("language", Item.str(n.language()));
    m.put("reminderThresholds", AttributeValue.fromL(n.reminderThresholds().stream().map(Item::num).toList()));
    return m;
  }

  private static NotificationSettings notifications(AttributeValue stored) {
    if (stored == null || !stored.hasM()) {
      return NotificationSettings.DEFAULT;
    }
    Map<String, AttributeValue> m = stored.m();
    AttributeValue sender = m.get("senderAddress");
    AttributeValue language = m.get("language");
    AttributeValue thresholds = m.get("reminderThresholds");
    return new NotificationSettings(sender == null ? null : sender.s(),
        language == null || language.s() == null ? NotificationSettings.DEFAULT.language() : language.s(),
        thresholds == null || !thresholds.hasL() ? List.of()
            : thresholds.l().stream().map(v -> Long.parseLong(v.n())).toList());
  }

  private static Map<String, AttributeValue> earning(EarningSettings e) {
    Map<String, AttributeValue> m = new HashMap<>();
    m.put("enabled", AttributeValue.fromBool(e.enabled()));
    m.put("ratioPoints", Item.num(e.ratio().points()));
    m.put("ratioAmount", Item.str(e.ratio().amount().toPlainString()));
    m.put("earnOn", Item.str(e.earnOn().name()));
    m.put("includeTax", AttributeValue.fromBool(e.includeTax()));
    m.put("includeShipping", AttributeValue.fromBool(e.includeShipping()));
    m.put("includeDiscountedLines", AttributeValue.fromBool(e.includeDiscountedLines()));
    m.put("negativeBalance", Item.str(e.negativeBalance().name()));
    m.put("testOrders", AttributeValue.fromBool(e.testOrders()));
    m.put("giftCards", AttributeValue.fromBool(e.giftCards()));
    m.put("registration", Item.num(e.actions().registration()));
    m.put("newsletterSignup", Item.num(e.actions().newsletterSignup()));
    m.put("review", Item.num(e.actions().review()));
    m.put("reviewMode", Item.str(e.actions().reviewMode().name()));
    return m;
  }

  static ProgramSettings fromItem(Map<String, AttributeValue> values) {
    Item item = Item.of(values);
    AttributeValue earning = values.get("earning");
    AttributeValue redemption = values.get("redemption");
    return new ProgramSettings(item.n("version"), item.instant("updatedAt"), item.s("updatedBy"),
        earning == null || !earning.hasM() ? EarningSettings.DEFAULT : earning(earning.m()),
        redemption == null || !redemption.hasM() ? RedemptionSettings.DEFAULT
            : RedemptionSettingsItems.fromMap(redemption.m()),
        BadgeSettingsItems.fromAttribute(values.get("badges")),
        calendar(values.get("calendar")),
        notifications(values.get("notifications")),
        new PointsSettings(bool(values, "pointsEnabled", PointsSettings.DEFAULT.enabled())));
  }

  private static CalendarSettings calendar(AttributeValue stored) {
    AttributeValue zone = stored == null || !stored.hasM() ? null : stored.m().get("timeZone");
    return zone == null ? CalendarSettings.DEFAULT : new CalendarSettings(ZoneId.of(zone.s()));

  }

  private static EarningSettings earning(Map<String, AttributeValue> m) {
    EarningSettings d = EarningSettings.DEFAULT;
    ActionPoints a = d.actions();
    return new EarningSettings(
        bool(m, "enabled", d.enabled()),
        new EarningRatio(num(m, "ratioPoints", d.ratio().points()),
            m.containsKey("ratioAmount") ? new BigDecimal(m.get("ratioAmount").s()) : d.ratio().amount()),
        m.containsKey("earnOn") ? OrderStatus.valueOf(m.get("earnOn").s()) : d.earnOn(),
        bool(m, "includeTax", d.includeTax()),
        bool(m, "includeShipping", d.includeShipping()),
        bool(m, "includeDiscountedLines", d.includeDiscountedLines()),
        m.containsKey("negativeBalance") ? NegativeBalancePolicy.valueOf(m.get("negativeBalance").s())
            : d.negativeBalance(),
        new ActionPoints(num(m, "registration", a.registration()), num(m, "newsletterSignup", a.newsletterSignup()),
            num(m, "review", a.review()),
            m.containsKey("reviewMode") ? ReviewMode.valueOf(m.get("reviewMode").s()) : a.reviewMode()),
        bool(m, "testOrders", d.testOrders()),
        bool(m, "giftCards", d.giftCards()));
  }

  private static boolean bool(Map<String, AttributeValue> m, String name, boolean fallback) {
    AttributeValue v = m.get(name);
    return v == null || v.bool() == null ? fallback : v.bool();
  }

  private static long num(Map<String, AttributeValue> m, String name, long fallback) {
    AttributeValue v = m.get(name);
    return v == null || v.n() == null ? fallback : Long.parseLong(v.n());
  }
}
