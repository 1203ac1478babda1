package nl.klantpunten.functions.webhooks;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.aws.ops.Metrics;
import nl.klantpunten.core.earning.OrderOutcome;
import nl.klantpunten.core.settings.ProgramConfig;
import nl.klantpunten.core.earning.PointsBreakdown;
import nl.klantpunten.core.redemption.OrderRedemption;
import nl.klantpunten.core.redemption.RedeemingOrders;

/** The answer to an order event: what happened, the points moved, and how they were computed when it earned. */
final class OrderJson {
  private OrderJson() {}

  /** The answer, after counting its result in the webhook metrics (earned, unchanged; the program as a property). */
  static Map<String, Object> counted(ProgramConfig config, OrderOutcome o) {
    switch (o.result()) {
      case "earned" -> Metrics.count(config.program().id().value(), Metrics.WEBHOOK_EARNED, 1);
      case "unchanged" -> Metrics.count(config.program().id().value(), Metrics.WEBHOOK_UNCHANGED, 1);
      default -> { } // reversed, waiting, skipped, closed: visible in the request log's outcome
    }
    return of(o);
  }

  static Map<String, Object> counted(ProgramConfig config, RedeemingOrders.Result r) {
    counted(config, r.earning());
    return of(r);
  }

  static Map<String, Object> of(OrderOutcome o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("orderId", o.order().id());
    m.put("source", o.order().source());
    m.put("result", o.result());
    m.put("earned", o.earned());
    m.put("reversed", o.reversed());
    if (o.shortfall() > 0) {
      m.put("shortfall", o.shortfall());
    }
    if ("skipped".equals(o.result())) {
      m.put("skipped", o.reason());
    }
    m.put("reason", o.reason());
    m.put("customerId", o.customerId() == null ? null : o.customerId().value());
    if (o.customerCreated()) {
      m.put("customerCreated", true);
    }
    if (o.earnOn() != null) {
      m.put("earnOn", o.earnOn().wireName());
    }
    m.put("entryIds", o.entryIds());
    if (o.breakdown() != null) {
      m.put("breakdown", breakdown(o.breakdown()));
    }
    return m;
  }

  private static Map<String, Object> breakdown(PointsBreakdown b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ratioAmount", b.ratioAmount().toDecimalString());
    m.put("ratioPoints", b.ratioPoints());
    m.put("overridePoints", b.overridePoints());
    m.put("eligibleAmount", b.eligibleAmount().toDecimalString());
    m.put("lines", b.lines().stream().map(l -> {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("index", l.index());
      line.put("productId", l.productId() == null ? null : l.productId().value());
      line.put("basis", l.basis());
      line.put("amount", l.amount().toDecimalString());
      if (!"ratio".equals(l.basis())) {
        line.put("points", l.points());
      }
      return line;
    }).toList());
    return m;
  }

  /** The answer to an order event, with what it did to the redemption its orderRef reserved (when it names one). */
  static Map<String, Object> of(RedeemingOrders.Result r) {
    Map<String, Object> m = of(r.earning());
    if (r.redemption() != null) {
      m.put("redemption", redemption(r.redemption()));
    }
    return m;
  }

  /** What an order event did to the redemption its orderRef reserved at checkout. */
  static Map<String, Object> redemption(OrderRedemption.Outcome r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("result", r.result());
    if (r.redemption() != null) {
      m.put("id", r.redemption().id());
      m.put("status", r.redemption().status().wireName());
      m.put("points", r.redemption().points());
    }
    m.put("discount", r.discount().toDecimalString());
    return m;
  }

  static Map<String, Object> ignored(String reason, String detail) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("result", "ignored");
    m.put("reason", reason);
    m.put("detail", detail);
    return m;
  }
}
