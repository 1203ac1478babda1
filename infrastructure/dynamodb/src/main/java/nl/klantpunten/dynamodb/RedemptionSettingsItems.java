package nl.klantpunten.dynamodb;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import nl.klantpunten.core.earning.ProductId;
import nl.klantpunten.core.redemption.Conversion;
import nl.klantpunten.core.redemption.MaxDiscount;
import nl.klantpunten.core.redemption.RedemptionSettings;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The {@code redemption} map attribute of the settings item. A field missing from a stored map reads as its default,
 * so the part can gain fields without rewriting stored items. Amounts are stored as decimal strings, never numbers
 * read through double.
 */
final class RedemptionSettingsItems {
  private RedemptionSettingsItems() {}

  static Map<String, AttributeValue> toMap(RedemptionSettings r) {
    Map<String, AttributeValue> m = new HashMap<>();
    m.put("enabled", AttributeValue.fromBool(r.enabled()));
    m.put("conversionPoints", Item.num(r.conversion().points()));
    m.put("conversionAmount", Item.str(r.conversion().amount().toPlainString()));
    m.put("minBalance", Item.num(r.minBalance()));
    m.put("minCartAmount", Item.str(r.minCartAmount().toPlainString()));
    m.put("maxDiscountType", Item.str(r.maxDiscount().kind().name()));
    if (r.maxDiscount().amount() != null) {
      m.put("maxDiscountAmount", Item.str(r.maxDiscount().amount().toPlainString()));
    }
    m.put("maxDiscountPercent", Item.num(r.maxDiscount().percent()));
    m.put("excludeDiscounted", AttributeValue.fromBool(r.excludeDiscounted()));
    if (!r.excludeProducts().isEmpty()) {
      m.put("excludeProducts", AttributeValue.fromSs(r.excludeProducts().stream().map(ProductId::value).toList()));
    }
    if (!r.onlyProducts().isEmpty()) {
      m.put("onlyProducts", AttributeValue.fromSs(r.onlyProducts().stream().map(ProductId::value).toList()));
    }
    m.put("reservationMinutes", Item.num(r.reservationMinutes()));
    m.put("refundReturnsRedeemed", AttributeValue.fromBool(r.refundReturnsRedeemed()));
    return m;
  }

  static RedemptionSettings fromMap(Map<String, AttributeValue> m) {
    RedemptionSettings d = RedemptionSettings.DEFAULT;
    MaxDiscount max = d.maxDiscount();
    if (m.containsKey("maxDiscountType")) {
      MaxDiscount.Kind kind = MaxDiscount.Kind.valueOf(m.get("maxDiscountType").s());
      max = switch (kind) {
        case NONE -> MaxDiscount.NONE;
        case FIXED -> MaxDiscount.fixed(new BigDecimal(m.get("maxDiscountAmount").s()));
        case PERCENT -> MaxDiscount.percent((int) num(m, "maxDiscountPercent", 100));
      };
    }
    return new RedemptionSettings(
        bool(m, "enabled", d.enabled()),
        new Conversion(num(m, "conversionPoints", d.conversion().points()),
            m.containsKey("conversionAmount") ? new BigDecimal(m.get("conversionAmount").s())
                : d.conversion().amount()),
        num(m, "minBalance", d.minBalance()),
        m.containsKey("minCartAmount") ? new BigDecimal(m.get("minCartAmount").s()) : d.minCartAmount(),
        max,
        bool(m, "excludeDiscounted", d.excludeDiscounted()),
        products(m.get("excludeProducts")),
        products(m.get("onlyProducts")),
        (int) num(m, "reservationMinutes", d.reservationMinutes()),
        bool(m, "refundReturnsRedeemed", d.refundReturnsRedeemed()));
  }

  private static Set<ProductId> products(AttributeValue v) {
    Set<ProductId> out = new LinkedHashSet<>();
    if (v != null && v.hasSs()) {
      v.ss().forEach(id -> out.add(new ProductId(id)));
    }
    return out;
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
