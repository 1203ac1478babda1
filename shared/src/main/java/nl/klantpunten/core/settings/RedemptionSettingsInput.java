package nl.klantpunten.core.settings;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.klantpunten.core.earning.ProductId;
import nl.klantpunten.core.money.Money;
import nl.klantpunten.core.redemption.Conversion;
import nl.klantpunten.core.redemption.MaxDiscount;
import nl.klantpunten.core.redemption.RedemptionSettings;

/**
 * Merges the {@code redemption} part of a settings document into the current one, field by field like
 * {@link SettingsInput} does for {@code earning}: a field left out keeps its value. {@code maxDiscount} and the
 * product lists are replaced as a whole when given (a list is the full list; {@code []} empties it). Every broken
 * rule is reported with its path, e.g. {@code redemption.conversion.points} or {@code redemption.excludeProducts[2]}.
 */
final class RedemptionSettingsInput {
  private static final Set<String> FIELDS = Set.of("enabled", "conversion", "minBalance", "minCartAmount",
      "maxDiscount", "excludeDiscounted", "excludeProducts", "onlyProducts", "reservationMinutes",
      "refundReturnsRedeemed");
  private static final Set<String> CONVERSION = Set.of("points", "amount", "currency");
  private static final Set<String> MAX_DISCOUNT = Set.of("type", "amount", "percent", "currency");
  private static final BigDecimal MAX_MONEY = BigDecimal.valueOf(1_000_000_000L);

  private RedemptionSettingsInput() {}

  static RedemptionSettings merge(RedemptionSettings cur, FieldReader in, Currency currency) {
    in.only(FIELDS);
    Boolean enabled = in.bool("enabled");
    FieldReader conversionIn = in.object("conversion");
    Conversion conversion = conversionIn == null ? cur.conversion() : conversion(cur.conversion(), conversionIn,
        currency);
    Long minBalance = in.whole("minBalance");
    if (minBalance != null && (minBalance < 0 || minBalance > RedemptionSettings.MAX_MIN_BALANCE)) {
      in.violations().add(in.pathOf("minBalance"), "range",
          "must be a whole number of points from 0 to " + RedemptionSettings.MAX_MIN_BALANCE);
      minBalance = null;
    }
    BigDecimal minCart = amount(in, "minCartAmount", currency, true);
    FieldReader maxIn = in.object("maxDiscount");
    MaxDiscount max = maxIn == null ? cur.maxDiscount() : maxDiscount(cur.maxDiscount(), maxIn, currency);
    Boolean excludeDiscounted = in.bool("excludeDiscounted");
    Set<ProductId> exclude = products(in, "excludeProducts", cur.excludeProducts());
    Set<ProductId> only = products(in, "onlyProducts", cur.onlyProducts());
    if (!exclude.isEmpty() && !only.isEmpty()) {
      in.violations().add(in.pathOf(in.has("onlyProducts") ? "onlyProducts" : "excludeProducts"), "exclusive",
          "excludeProducts and onlyProducts cannot both be set; empty one of them with []");
    }
    Long minutes = in.whole("reservationMinutes");
    if (minutes != null && (minutes < 1 || minutes > RedemptionSettings.MAX_RESERVATION_MINUTES)) {
      in.violations().add(in.pathOf("reservationMinutes"), "range",
          "must be a whole number of minutes from 1 to " + RedemptionSettings.MAX_RESERVATION_MINUTES);
      minutes = null;
    }
    Boolean refundReturns = in.bool("refundReturnsRedeemed");
    return new RedemptionSettings(
        enabled == null ? cur.enabled() : enabled,
        conversion,
        minBalance == null ? cur.minBalance() : minBalance,
        minCart == null ? cur.minCartAmount() : minCart,
        max,
        excludeDiscounted == null ? cur.excludeDiscounted() : excludeDiscounted,
        exclude,
        only,
        minutes == null ? cur.reservationMinutes() : minutes.intValue(),
        refundReturns == null ? cur.refundReturnsRedeemed() : refundReturns);
  }

  private static Conversion conversion(Conversion cur, FieldReader in, Currency currency) {
    in.only(CONVERSION);
    readOnlyCurrency(in, currency);
    Long points = in.whole("points");
    if (points != null && (points < 1 || points > Conversion.MAX_POINTS)) {
      in.violations().add(in.pathOf("points"), "range", "must be a whole number from 1 to " + Conversion.MAX_POINTS);
      points = null;
    }
    BigDecimal amount = amount(in, "amount", currency, false);
    if (amount != null && amount.compareTo(Conversion.MAX_AMOUNT) > 0) {
      in.violations().add(in.pathOf("amount"), "range", "must be more than 0 and at most " + Conversion.MAX_AMOUNT);
      amount = null;
    }
    return new Conversion(points == null ? cur.points() : points, amount == null ? cur.amount() : amount);
  }

  /** {"type": "none"} | {"type": "fixed", "amount": "10.00"} | {"type": "percent", "percent": 50}. */
  private static MaxDiscount maxDiscount(MaxDiscount cur, FieldReader in, Currency currency) {
    in.only(MAX_DISCOUNT);
    readOnlyCurrency(in, currency);
    String type = in.choice("type", "none", "fixed", "percent");
    if (type == null) {
      if (!in.has("type")) {
        in.violations().add(in.pathOf("type"), "required", "type is required: none, fixed or percent");
      }
      return cur;
    }
    switch (type) {
      case "fixed" -> {
        notWith(in, "percent", type);
        BigDecimal amount = amount(in, "amount", currency, false);
        if (amount == null) {
          if (!in.has("amount")) {
            in.violations().add(in.pathOf("amount"), "required", "a fixed maximum needs its amount, e.g. \"10.00\"");
          }
          return cur;
        }
        return MaxDiscount.fixed(amount);
      }
      case "percent" -> {
        notWith(in, "amount", type);
        Long percent = in.whole("percent");
        if (percent == null || percent < 1 || percent > 100) {
          in.violations().add(in.pathOf("percent"), percent == null && !in.has("percent") ? "required" : "range",
              "a whole percentage of the cart from 1 to 100");
          return cur;
        }
        return MaxDiscount.percent(percent.intValue());
      }
      default -> {
        notWith(in, "amount", type);
        notWith(in, "percent", type);
        return MaxDiscount.NONE;
      }
    }
  }

  private static void notWith(FieldReader in, String field, String type) {
    if (in.has(field)) {
      in.violations().add(in.pathOf(field), "unexpected", field + " does not apply to type " + type);
    }
  }

  private static void readOnlyCurrency(FieldReader in, Currency currency) {
    String code = in.text("currency");
    if (code != null && !code.equals(currency.getCurrencyCode())) {
      in.violations().add(in.pathOf("currency"), "readOnly",
          "amounts are in the program's currency, " + currency.getCurrencyCode());
    }
  }

  /**
   * An amount in the program's currency with at most its decimals; positive, or also zero when {@code zeroAllowed}.
   * Null when absent or broken (recorded).
   */
  private static BigDecimal amount(FieldReader in, String field, Currency currency, boolean zeroAllowed) {
    BigDecimal amount = in.decimal(field);
    if (amount == null) {
      return null;
    }
    amount = amount.stripTrailingZeros();
    if (amount.scale() < 0) {
      amount = amount.setScale(0);
    }
    int digits = Money.minorDigits(currency);
    boolean tooSmall = zeroAllowed ? amount.signum() < 0 : amount.signum() <= 0;
    if (tooSmall || amount.compareTo(MAX_MONEY) > 0) {
      in.violations().add(in.pathOf(field), "range",
          "must be " + (zeroAllowed ? "0 or more" : "more than 0") + " and at most " + MAX_MONEY);
      return null;
    }
    if (amount.scale() > digits) {
      in.violations().add(in.pathOf(field), "scale",
          currency.getCurrencyCode() + " amounts have at most " + digits + " decimals");
      return null;
    }
    return amount;
  }

  private static Set<ProductId> products(FieldReader in, String field, Set<ProductId> current) {
    Object raw = in.raw(field);
    if (raw == null) {
      return current;
    }
    if (!(raw instanceof List<?> list)) {
      in.violations().add(in.pathOf(field), "type", "must be a JSON array of product ids");
      return current;
    }
    if (list.size() > RedemptionSettings.MAX_PRODUCTS) {
      in.violations().add(in.pathOf(field), "maxItems", "at most " + RedemptionSettings.MAX_PRODUCTS + " products");
      return current;
    }
    Set<ProductId> out = new LinkedHashSet<>();
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      String id = item instanceof String s ? s : null;
      if (!ProductId.isValid(id)) {
        in.violations().add(in.pathOf(field) + "[" + i + "]", "format",
            "a product id: 1-128 characters, letters, digits and . _ @ + : = -");
      } else {
        out.add(new ProductId(id));
      }
    }
    return out;
  }
}
