package nl.klantpunten.core.earning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.money.Money;
import nl.klantpunten.core.settings.ActionPoints;
import nl.klantpunten.core.settings.EarningRatio;
import nl.klantpunten.core.settings.EarningSettings;
import nl.klantpunten.core.settings.NegativeBalancePolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderDecisionTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

  private static EarningSettings settings(boolean enabled, OrderStatus earnOn) {
    return new EarningSettings(enabled, EarningRatio.DEFAULT, earnOn, false, false, true,
        NegativeBalancePolicy.CLAMP, ActionPoints.DEFAULT);
  }

  private static Order order(OrderStatus status, String customer, Currency currency, OrderRefund... refunds) {
    return new Order(new OrderRef(OrderRef.API, "1"), status, currency,
        new OrderCustomer(customer == null ? null : new CustomerId(customer), "a@example.com", "A"), List.of(),
        Money.zero(currency), Money.zero(currency), new Money(10_000, currency), List.of(refunds));
  }

  private static OrderRefund refund(String id, long minor) {
    return new OrderRefund(id, new Money(minor, EUR));
  }

  /** Earned 100 points on an eligible 80.00 of a 100.00 order; {@code reversed} taken back by {@code refunds}. */
  private static OrderState earned(long reversed, long refunded, Set<String> refunds) {
    return new OrderState("api:1", OrderState.Status.EARNED, new CustomerId("c"), 100, 8_000, 10_000, reversed,
        refunded, refunds, 0, "tx_1", null, 1, T, T);
  }

  private static OrderDecision first(Order order, EarningSettings settings) {
    return OrderDecision.decide(order, settings, EUR, null);
  }

  @ParameterizedTest(name = "earn on {1}, order {0}: earns {2}")
  @CsvSource({
      "CREATED, CREATED, true", "PAID, CREATED, true", "COMPLETED, CREATED, true",
      "CREATED, PAID, false", "PAID, PAID, true", "COMPLETED, PAID, true",
      "CREATED, COMPLETED, false", "PAID, COMPLETED, false", "COMPLETED, COMPLETED, true"})
  void earnsOnceTheChosenStatusOrALaterOneIsReached(OrderStatus status, OrderStatus earnOn, boolean earns) {
    OrderDecision d = first(order(status, "c", EUR), settings(true, earnOn));
    if (earns) {
      assertInstanceOf(OrderDecision.Earn.class, d);
    } else {
      assertEquals(new OrderDecision.Wait(earnOn), d);
    }
  }

  @Test
  void aGuestOrderIsRecordedAsSkipped() {
    assertEquals(new OrderDecision.Settle(OrderState.Status.SKIPPED, "GUEST_ORDER"), first(order(OrderStatus.PAID, null, EUR),
        settings(true, OrderStatus.PAID)));
  }

  @Test
  void pausedPointsSettleANewOrderAsSkippedWithItsOwnReason() {
    for (OrderStatus status : List.of(OrderStatus.CREATED, OrderStatus.PAID, OrderStatus.CANCELLED)) {
      assertEquals(new OrderDecision.Settle(OrderState.Status.SKIPPED, "POINTS_DISABLED"),
          OrderDecision.decide(order(status, "c", EUR), settings(true, OrderStatus.PAID), EUR, null, false));
    }
    assertEquals(new OrderDecision.Settle(OrderState.Status.SKIPPED, "POINTS_DISABLED"),
        OrderDecision.decide(order(OrderStatus.PAID, "c", EUR), settings(false, OrderStatus.PAID), EUR, null, false),
        "the master switch is named before earning's own switch");
    assertEquals(new OrderDecision.Settle(OrderState.Status.SKIPPED, "GUEST_ORDER"),
        OrderDecision.decide(order(OrderStatus.PAID, null, EUR), settings(true, OrderStatus.PAID), EUR, null, false),
        "a guest order is skipped for being a guest, paused or not");
  }

  @Test
  void pausedPointsStillGiveBackWhatAnEarlierOrderEarned() {
    OrderDecision d = OrderDecision.decide(order(OrderStatus.REFUNDED, "c", EUR), settings(true, OrderStatus.PAID),
        EUR, earned(0, 0, Set.of()), false);
    assertEquals(new OrderDecision.Reverse(100, Set.of(), 0, true, "refunded"), d);
  }

  @Test
  void disabledEarningSettlesTheOrderAsSkippedWhateverItsStatus() {
    for (OrderStatus status : List.of(OrderStatus.CREATED, OrderStatus.PAID, OrderStatus.COMPLETED)) {
      assertEquals(new OrderDecision.Settle(OrderState.Status.SKIPPED, "EARNING_DISABLED"),
          first(order(status, "c", EUR), settings(false, OrderStatus.PAID)));
    }
  }

  @Test
  void anOrderInAnotherCurrencyIsSkipped() {
    assertEquals(new OrderDecision.Settle(OrderState.Status.SKIPPED, "CURRENCY_MISMATCH"),
        first(order(OrderStatus.PAID, "c", Currency.getInstance("USD")), settings(true, OrderStatus.PAID)));
  }

  @Test
  void anOrderClosedBeforeItEarnedIsRememberedAsClosed() {
    assertEquals(new OrderDecision.Settle(OrderState.Status.CLOSED, "CANCELLED"),
        first(order(OrderStatus.CANCELLED, "c", EUR), settings(true, OrderStatus.PAID)));
    assertEquals(new OrderDecision.Settle(OrderState.Status.CLOSED, "REFUNDED"),
        first(order(OrderStatus.REFUNDED, "c", EUR), settings(true, OrderStatus.PAID)));
  }

  @Test
  void onceEarnedEveryLaterStatusIsUnchanged() {
    for (OrderStatus status : List.of(OrderStatus.CREATED, OrderStatus.PAID, OrderStatus.COMPLETED)) {
      assertEquals(new OrderDecision.Unchanged("ALREADY_EARNED"),
          OrderDecision.decide(order(status, "c", EUR), settings(true, OrderStatus.PAID), EUR,
              earned(0, 0, Set.of())));
    }
  }

  @Test
  void settledOrdersStaySettled() {
    OrderState skipped = new OrderState("api:1", OrderState.Status.SKIPPED, new CustomerId("c"), 0, 0, 0, 0, 0,
        Set.of(), 0, null, "EARNING_DISABLED", 1, T, T);
    assertEquals(new OrderDecision.Unchanged("SKIPPED_BEFORE:EARNING_DISABLED"),
        OrderDecision.decide(order(OrderStatus.PAID, "c", EUR), settings(true, OrderStatus.PAID), EUR, skipped));
    OrderState closed = new OrderState("api:1", OrderState.Status.CLOSED, new CustomerId("c"), 0, 0, 0, 0, 0,
        Set.of(), 0, null, "CANCELLED", 1, T, T);
    assertEquals(new OrderDecision.Unchanged("CLOSED_BEFORE_EARNING"),
        OrderDecision.decide(order(OrderStatus.COMPLETED, "c", EUR), settings(true, OrderStatus.PAID), EUR, closed));
    OrderState reversed = new OrderState("api:1", OrderState.Status.REVERSED, new CustomerId("c"), 100, 8_000,
        10_000, 100, 10_000, Set.of("r1"), 0, "tx_1", null, 2, T, T);
    assertEquals(new OrderDecision.Unchanged("ALREADY_REVERSED"),
        OrderDecision.decide(order(OrderStatus.CANCELLED, "c", EUR, refund("r2", 5)),
            settings(true, OrderStatus.PAID), EUR, reversed));
  }

  @Test
  void cancellationTakesBackWhatIsLeft() {
    OrderDecision d = OrderDecision.decide(order(OrderStatus.CANCELLED, "c", EUR), settings(true, OrderStatus.PAID),
        EUR, earned(30, 3_000, Set.of("r1")));
    assertEquals(new OrderDecision.Reverse(70, Set.of(), 3_000, true, "cancelled"), d);
  }

  @Test
  void aFullRefundStatusTakesBackWhatIsLeftAndRecordsItsRefunds() {
    OrderDecision d = OrderDecision.decide(order(OrderStatus.REFUNDED, "c", EUR, refund("r1", 3_000),
        refund("r2", 7_000)), settings(true, OrderStatus.PAID), EUR, earned(30, 3_000, Set.of("r1")));
    assertEquals(new OrderDecision.Reverse(70, Set.of("r2"), 10_000, true, "refunded"), d);
  }

  @Test
  void aPartialRefundTakesItsShareOfTheOrderTotalFloored() {
    // 33.33 of 100.00 refunded: 33.33 % of 100 points = 33.33 → 33
    OrderDecision d = OrderDecision.decide(order(OrderStatus.COMPLETED, "c", EUR, refund("r1", 3_333)),
        settings(true, OrderStatus.PAID), EUR, earned(0, 0, Set.of()));
    assertEquals(new OrderDecision.Reverse(33, Set.of("r1"), 3_333, false, "partially refunded"), d);
  }

  @Test
  void sharesAreTakenOnTheRunningTotalSoFlooringNeverLosesAPoint() {
    // three refunds of a third each: 33, then 66 − 33 = 33, then 100 − 66 = 34
    OrderState s = earned(0, 0, Set.of());
    OrderDecision.Reverse one = (OrderDecision.Reverse) OrderDecision.afterFirst(s, null,
        List.of(refund("a", 3_333)));
    assertEquals(33, one.points());
    s = earned(33, 3_333, Set.of("a"));
    OrderDecision.Reverse two = (OrderDecision.Reverse) OrderDecision.afterFirst(s, null,
        List.of(refund("a", 3_333), refund("b", 3_333)));
    assertEquals(33, two.points());
    assertEquals(Set.of("b"), two.refundIds());
    s = earned(66, 6_666, Set.of("a", "b"));
    OrderDecision.Reverse three = (OrderDecision.Reverse) OrderDecision.afterFirst(s, null,
        List.of(refund("a", 3_333), refund("b", 3_333), refund("c", 3_334)));
    assertEquals(34, three.points());
    assertTrue(three.closes());
  }

  @Test
  void refundsBeyondTheTotalNeverTakeMoreThanWasEarned() {
    OrderDecision.Reverse d = (OrderDecision.Reverse) OrderDecision.afterFirst(earned(90, 9_000, Set.of("a")), null,
        List.of(refund("a", 9_000), refund("b", 50_000)));
    assertEquals(10, d.points());
    assertTrue(d.closes());
  }

  @Test
  void aRefundTooSmallForAPointIsStillRecorded() {
    OrderDecision.Reverse d = (OrderDecision.Reverse) OrderDecision.afterFirst(earned(0, 0, Set.of()), null,
        List.of(refund("tiny", 50)));
    assertEquals(0, d.points());
    assertEquals(Set.of("tiny"), d.refundIds());
    assertFalse(d.closes());
  }

  @Test
  void aRefundAppliedBeforeIsNotAppliedAgain() {
    assertEquals(new OrderDecision.Unchanged("ALREADY_EARNED"), OrderDecision.afterFirst(
        earned(33, 3_333, Set.of("r1")), null, List.of(refund("r1", 3_333))));
  }

  @Test
  void theSameRefundIdTwiceInOnePayloadCountsOnce() {
    OrderDecision.Reverse d = (OrderDecision.Reverse) OrderDecision.afterFirst(earned(0, 0, Set.of()), null,
        List.of(refund("r1", 1_000), refund("r1", 1_000)));
    assertEquals(10, d.points());
    assertEquals(1_000, d.refundedMinor());
  }

  @Test
  void shareMath() {
    assertEquals(0, OrderDecision.share(100, 0, 10_000));
    assertEquals(50, OrderDecision.share(100, 5_000, 10_000));
    assertEquals(100, OrderDecision.share(100, 10_000, 10_000));
    assertEquals(100, OrderDecision.share(100, 20_000, 10_000));
    assertEquals(100, OrderDecision.share(100, 1, 0), "an order with no total gives everything back on any refund");
    assertEquals(999_999_999, OrderDecision.share(1_000_000_000, Long.MAX_VALUE - 1, Long.MAX_VALUE),
        "no overflow");
  }

  @Test
  void theEligibleAmountIsTheBaseWhenTheOrderHadNoTotal() {
    OrderState noTotal = new OrderState("api:1", OrderState.Status.EARNED, new CustomerId("c"), 100, 8_000, 0, 0, 0,
        Set.of(), 0, "tx", null, 1, T, T);
    OrderDecision.Reverse d = (OrderDecision.Reverse) OrderDecision.afterFirst(noTotal, null,
        List.of(refund("r", 4_000)));
    assertEquals(50, d.points());
  }

  @Test
  void statusProgress() {
    assertTrue(OrderStatus.COMPLETED.hasReached(OrderStatus.PAID));
    assertFalse(OrderStatus.CANCELLED.hasReached(OrderStatus.CREATED));
    assertFalse(OrderStatus.REFUNDED.canEarnOn());
    assertTrue(OrderStatus.REFUNDED.isClosing());
    assertEquals(new BigDecimal("1"), EarningRatio.DEFAULT.amount());
  }
}
