package nl.klantpunten.functions.gifts;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.core.gift.Cadence;
import nl.klantpunten.core.gift.GiftPlan;
import nl.klantpunten.core.segment.Segment;

/** The JSON shape of a gift plan: the PUT body's fields plus id and timestamps, so a GET can be edited and PUT. */
final class GiftJson {
  private GiftJson() {}

  static Map<String, Object> of(GiftPlan plan) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("giftId", plan.id().value());
    m.put("points", plan.points());
    m.put("description", plan.description());
    m.put("cadence", cadence(plan.cadence()));
    m.put("segment", segment(plan.segment()));
    m.put("active", plan.active());
    m.put("createdAt", plan.createdAt().toString());
    m.put("updatedAt", plan.updatedAt().toString());
    return m;
  }

  private static Map<String, Object> cadence(Cadence c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", c.type());
    if (c instanceof Cadence.Weekly w) {
      m.put("day", w.dayName());
    } else if (c instanceof Cadence.Monthly mo) {
      m.put("day", mo.day());
    } else if (c instanceof Cadence.Yearly y) {
      m.put("month", y.month().getValue());
      m.put("day", y.day());
    }
    return m;
  }

  private static Map<String, Object> segment(Segment s) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (s.minBalance() != null) {
      m.put("minBalance", s.minBalance());
    }
    if (s.maxBalance() != null) {
      m.put("maxBalance", s.maxBalance());
    }
    if (s.badge() != null) {
      m.put("badge", s.badge().value());
    }
    return m;
  }
}
