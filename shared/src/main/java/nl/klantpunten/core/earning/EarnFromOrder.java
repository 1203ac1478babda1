package nl.klantpunten.core.earning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.ContentionException;
import nl.klantpunten.core.money.Money;
import nl.klantpunten.core.notification.OutboxNotice;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.settings.EarningSettings;
import nl.klantpunten.core.settings.PointsSwitch;
import nl.klantpunten.core.settings.ProgramConfig;
import nl.klantpunten.core.store.CustomerStore;
import nl.klantpunten.core.store.OrderLedger;
import nl.klantpunten.core.store.ProductEarningStore;

/**
 * The use case behind every order webhook: decide what the event means for the order ({@link OrderDecision}),
 * write it, and repeat until nothing is left to do. One event can need two steps: an order first seen as paid with
 * a refund already on it earns and then gives back the refund's share. Each step is one transaction guarded by the
 * order's state, so a redelivery, a late or a concurrent event ends in "unchanged" instead of counting twice.
 *
 * <p>A customer the program does not know yet is created from the order's customer data when the order earns.
 */
public final class EarnFromOrder {
  private static final int MAX_STEPS = 8;
  private final OrderLedger orders;
  private final CustomerStore customers;
  private final ProductEarningStore products;
  private final Clock clock;

  public EarnFromOrder(OrderLedger orders, CustomerStore customers, ProductEarningStore products, Clock clock) {
    this.orders = orders;
    this.customers = customers;
    this.products = products;
    this.clock = clock;
  }

  /** An order event (created, paid, completed, cancelled, refunded, or an update carrying refunds). */
  public OrderOutcome apply(ProgramConfig config, Order order, String actor) {
    return apply(config, order, actor, Money.zero(order.currency()));
  }

  /**
   * An order event of an order that got {@code pointsDiscount} for redeemed points (see {@code OrderRedemption}): it
   * earns on what was paid after that discount.
   */
  public OrderOutcome apply(ProgramConfig config, Order order, String actor,
      Money pointsDiscount) {
    ProgramId program = config.program().id();
    EarningSettings settings = config.earning();
    Progress progress = new Progress(order.ref(), order.customer().id());
    OrderState state = orders.find(program, order.ref().key()).orElse(null);
    for (int step = 0; step < MAX_STEPS; step++) {
      OrderDecision decision = OrderDecision.decide(order, settings, config.currency(), state,
          PointsSwitch.on(config.settings()));
      Instant now = clock.instant();
      if (decision instanceof OrderDecision.Wait wait) {
        return progress.end("waiting", "STATUS_NOT_REACHED", wait.earnOn());
      } else if (decision instanceof OrderDecision.Unchanged unchanged) {
        return progress.end("unchanged", unchanged.reason(), null);
      } else if (decision instanceof OrderDecision.Settle settle) {
        OrderLedger.Settled settled = orders.settle(program, order.ref().key(), order.customer().id(),
            settle.status(), settle.reason(), now);
        if (settled.written()) {
          return progress.end(settle.status() == OrderState.Status.SKIPPED ? "skipped" : "closed", settle.reason(),
              null);
        }
        state = settled.state(); // another event settled or earned it first: decide again on what is stored
      } else if (decision instanceof OrderDecision.Earn) {
        state = earn(program, settings, order, actor, now, progress, pointsDiscount);
      } else if (decision instanceof OrderDecision.Reverse reverse) {
        state = reverse(program, settings, order.ref(), state, reverse, actor, now, progress);
      }
    }
    throw new ContentionException("order " + order.ref().id() + " kept changing while it was processed; retry", null);
  }

  /**
   * Refunds that arrive on their own (Shopify's refunds/create). An order that has not earned yet has nothing to
   * give back; when it earns later, the order's own payload lists the refund and its share is taken then.
   */
  public OrderOutcome applyRefunds(ProgramConfig config, OrderRef ref, List<OrderRefund> refunds, String actor) {
    ProgramId program = config.program().id();
    OrderState state = orders.find(program, ref.key()).orElse(null);
    Progress progress = new Progress(ref, state == null ? null : state.customerId());
    for (int step = 0; step < MAX_STEPS; step++) {
      if (state == null) {
        return progress.end("unchanged", "NOT_EARNED", null);
      }
      OrderDecision decision = OrderDecision.afterFirst(state, null, refunds);
      if (decision instanceof OrderDecision.Reverse reverse) {
        state = reverse(program, config.earning(), ref, state, reverse, actor, clock.instant(), progress);
      } else {
        return progress.end("unchanged", ((OrderDecision.Unchanged) decision).reason(), null);
      }
    }
    throw new ContentionException("order " + ref.id() + " kept changing while it was processed; retry", null);
  }

  /** True when the refunds applied to the order so far add up to its whole total. */
  public boolean fullyRefunded(ProgramConfig config, OrderRef ref) {
    return orders.find(config.program().id(), ref.key())
        .map(s -> s.totalMinor() > 0 && s.refundedMinor() >= s.totalMinor())
        .orElse(false);
  }

  private OrderState earn(ProgramId program, EarningSettings settings, Order order, String actor, Instant now,
      Progress progress, Money pointsDiscount) {
    Set<ProductId> productIds = new LinkedHashSet<>();
    order.lines().forEach(l -> {
      if (l.productId() != null) {
        productIds.add(l.productId());
      }
    });
    Map<ProductId, ProductEarning> rules = productIds.isEmpty() ? Map.of() : products.findAll(program, productIds);
    PointsBreakdown breakdown = OrderPoints.calculate(order, settings, rules, pointsDiscount);
    CustomerId customer = order.customer().id();
    OrderLedger.OrderCredit credit = new OrderLedger.OrderCredit(order.ref().key(), customer, breakdown.total(),
        breakdown.eligibleAmount().minorUnits(), order.total().minorUnits(), "Order " + order.ref().id(), actor,
        now, OutboxNotice.pointsEarned());
    OrderLedger.EarnResult result = orders.earn(program, credit);
    if (result instanceof OrderLedger.CustomerMissing) {
      progress.customerCreated = customers.save(program, customer, order.customer().details(), now).created();
      result = orders.earn(program, credit);
    }
    if (result instanceof OrderLedger.Earned earned) {
      progress.earned += breakdown.total();
      progress.breakdown = breakdown;
      if (earned.entry() != null) {
        progress.entryIds.add(earned.entry().id());
      }
      progress.happened("earned");
      return earned.state();
    }
    if (result instanceof OrderLedger.AlreadyKnown known) {
      return known.state();
    }
    throw new IllegalStateException("customer " + customer + " is missing right after it was saved");
  }

  private OrderState reverse(ProgramId program, EarningSettings settings, OrderRef ref, OrderState state,
      OrderDecision.Reverse reverse, String actor, Instant now, Progress progress) {
    String note = "Order " + ref.id() + " " + reverse.why()
        + (reverse.refundIds().isEmpty() ? "" : " (refund " + String.join(", ", reverse.refundIds()) + ")");
    OrderLedger.OrderDebit debit = new OrderLedger.OrderDebit(reverse.points(), reverse.refundIds(),
        reverse.refundedMinor(), reverse.closes(), settings.negativeBalance(), note, actor, now);
    OrderLedger.ReverseResult result = orders.reverse(program, state, debit);
    if (result instanceof OrderLedger.Reversed reversed) {
      progress.reversed += reversed.taken();
      progress.shortfall += reversed.shortfall();
      if (reversed.entry() != null) {
        progress.entryIds.add(reversed.entry().id());
      }
      progress.happened("reversed");
      return reversed.state();
    }
    return orders.find(program, ref.key())
        .orElseThrow(() -> new IllegalStateException("order state vanished: " + ref.key()));
  }

  /** What this event has done so far. */
  private static final class Progress {
    private final OrderRef ref;
    private final CustomerId customer;
    private final List<String> entryIds = new ArrayList<>();
    private String happened;
    private boolean customerCreated;
    private long earned;
    private long reversed;
    private long shortfall;
    private PointsBreakdown breakdown;

    Progress(OrderRef ref, CustomerId customer) {
      this.ref = ref;
      this.customer = customer;
    }

    void happened(String what) {
      if (happened == null) {
        happened = what;
      }
    }

    OrderOutcome end(String result, String reason, OrderStatus earnOn) {
      boolean wrote = happened != null;
      return new OrderOutcome(ref, wrote ? happened : result, wrote ? null : reason, customer, customerCreated,
          earned, reversed, shortfall, entryIds, breakdown, earnOn);
    }
  }
}
