package nl.klantpunten.core.settings;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Set;
import nl.klantpunten.core.earning.OrderStatus;
import nl.klantpunten.core.error.Violations;
import nl.klantpunten.core.money.Money;
import nl.klantpunten.core.redemption.RedemptionSettings;

/**
 * Applies a settings document (the body of {@code PUT /v1/settings}) to the current settings. Each part present
 * is merged into the current part: a field left out keeps its current value, so turning earning off does not
 * reset the ratio. Read-only fields a GET returns ({@code version}, {@code updatedAt}, {@code updatedBy}, the
 * ratio's {@code currency}, which must be the program's) are accepted, so a GET's body can be edited and sent back. Every broken rule is reported at once, named
 * by its path ({@code earning.ratio.points}, {@code redemption.conversion.points}).
 */
public final class SettingsInput {
  private static final Set<String> TOP = Set.of("version", "updatedAt", "updatedBy", "earning", "redemption",
      "badges", "calendar", "notifications", "points");
  private static final Set<String> EARNING = Set.of("enabled", "ratio", "earnOn", "includeTax", "includeShipping",
      "includeDiscountedLines", "negativeBalance", "actions", "testOrders", "giftCards");
  private static final Set<String> POINTS = Set.of("enabled");
  private static final Set<String> RATIO = Set.of("points", "amount", "currency");
  private static final Set<String> ACTIONS = Set.of("registration", "newsletterSignup", "review", "reviewMode");

  private SettingsInput() {}

  public static ProgramSettings apply(ProgramSettings current, Map<String, Object> body, Currency currency) {
    Violations v = new Violations();
    FieldReader top = new FieldReader(body, "", v).only(TOP);
    FieldReader earning = top.object("earning");
    EarningSettings nextEarning = earning == null ? current.earning() : earning(current.earning(), earning, currency);
    FieldReader redemption = top.object("redemption");
    RedemptionSettings nextRedemption = redemption == null ? current.redemption()
        : RedemptionSettingsInput.merge(current.redemption(), redemption, currency);
    FieldReader badges = top.object("badges");
    BadgeSettings nextBadges = badges == null ? current.badges()
        : BadgeSettingsInput.merge(current.badges(), badges, currency);
    FieldReader calendar = top.object("calendar");
    CalendarSettings nextCalendar =
        calendar == null ? current.calendar() : CalendarSettings.read(current.calendar(), calendar);
    FieldReader notifications = top.object("notifications");
    NotificationSettings nextNotifications = notifications == null ? current.notifications()
        : NotificationSettingsInput.merge(current.notifications(), notifications);
    FieldReader points = top.object("points");
    PointsSettings nextPoints = points == null ? current.points() : points(current.points(), points);
    v.throwIfAny();
    return current.withEarning(nextEarning).withRedemption(nextRedemption).withBadges(nextBadges)
        .withCalendar(nextCalendar).withNotifications(nextNotifications).withPoints(nextPoints);
  }

  private static PointsSettings points(PointsSettings cur, FieldReader in) {
    in.only(POINTS);
    Boolean enabled = in.bool("enabled");
    return enabled == null ? cur : new PointsSettings(enabled);
  }

  private static EarningSettings earning(EarningSettings cur, FieldReader in, Currency currency) {
    in.only(EARNING);
    Boolean enabled = in.bool("enabled");
    FieldReader ratioIn = in.object("ratio");
    EarningRatio ratio = ratioIn == null ? cur.ratio() : ratio(cur.ratio(), ratioIn, currency);
    String earnOn = in.choice("earnOn", "created", "paid", "completed");
    Boolean includeTax = in.bool("includeTax");
    Boolean includeShipping = in.bool("includeShipping");
    Boolean includeDiscounted = in.bool("includeDiscountedLines");
    Boolean testOrders = in.bool("testOrders");
    Boolean giftCards = in.bool("giftCards");
    String negative = in.choice("negativeBalance", "clamp", "allowNegative");
    FieldReader actionsIn = in.object("actions");
    ActionPoints actions = actionsIn == null ? cur.actions() : actions(cur.actions(), actionsIn);
    return new EarningSettings(
        enabled == null ? cur.enabled() : enabled,
        ratio,
        earnOn == null ? cur.earnOn() : OrderStatus.fromWire("earning.earnOn", earnOn),
        includeTax == null ? cur.includeTax() : includeTax,
        includeShipping == null ? cur.includeShipping() : includeShipping,
        includeDiscounted == null ? cur.includeDiscountedLines() : includeDiscounted,
        negative == null ? cur.negativeBalance()
            : negative.equals("clamp") ? NegativeBalancePolicy.CLAMP : NegativeBalancePolicy.ALLOW_NEGATIVE,
        actions,
        testOrders == null ? cur.testOrders() : testOrders,
        giftCards == null ? cur.giftCards() : giftCards);
  }

  private static EarningRatio ratio(EarningRatio cur, FieldReader in, Currency currency) {
    in.only(RATIO);
    Long points = in.whole("points");
    if (points != null && (points < 1 || points > EarningRatio.MAX_POINTS)) {
      in.violations().add(in.pathOf("points"), "range", "must be a whole number from 1 to " + EarningRatio.MAX_POINTS);
      points = null;
    }
    String currencyCode = in.text("currency");
    if (currencyCode != null && !currencyCode.equals(currency.getCurrencyCode())) {
      in.violations().add(in.pathOf("currency"), "readOnly",
          "the ratio is in the program's currency, " + currency.getCurrencyCode());
    }
    BigDecimal amount = in.decimal("amount");
    if (amount != null) {
      amount = amount.stripTrailingZeros();
      if (amount.scale() < 0) {
        amount = amount.setScale(0);
      }
      int digits = Money.minorDigits(currency);
      if (amount.signum() <= 0 || amount.compareTo(EarningRatio.MAX_AMOUNT) > 0) {
        in.violations().add(in.pathOf("amount"), "range", "must be more than 0 and at most " + EarningRatio.MAX_AMOUNT);
        amount = null;
      } else if (amount.scale() > digits) {
        in.violations().add(in.pathOf("amount"), "scale",
            currency.getCurrencyCode() + " amounts have at most " + digits + " decimals");
        amount = null;
      }
    }
    return new EarningRatio(points == null ? cur.points() : points, amount == null ? cur.amount() : amount);
  }

  private static ActionPoints actions(ActionPoints cur, FieldReader in) {
    in.only(ACTIONS);
    long registration = actionPoints(in, "registration", cur.registration());
    long newsletter = actionPoints(in, "newsletterSignup", cur.newsletterSignup());
    long review = actionPoints(in, "review", cur.review());
    String mode = in.choice("reviewMode", "each", "once");
    return new ActionPoints(registration, newsletter, review,
        mode == null ? cur.reviewMode() : mode.equals("each") ? ReviewMode.EACH : ReviewMode.ONCE);
  }

  private static long actionPoints(FieldReader in, String field, long current) {
    Long points = in.whole(field);
    if (points == null) {
      return current;
    }
    if (points < 0 || points > ActionPoints.MAX_POINTS) {
      in.violations().add(in.pathOf(field), "range",
          "must be a whole number from 0 (off) to " + ActionPoints.MAX_POINTS);
      return current;
    }
    return points;
  }
}
