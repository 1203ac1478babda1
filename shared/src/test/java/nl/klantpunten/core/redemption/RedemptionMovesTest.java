package nl.klantpunten.core.redemption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Set;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.earning.OrderStatus;
import nl.klantpunten.core.error.ConflictException;
import nl.klantpunten.core.money.Money;
import nl.klantpunten.core.program.Program;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.core.settings.ProgramConfig;
import nl.klantpunten.core.settings.ProgramSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The decisions of commit, cancel, the sweep and order events over every redemption status, against an in-memory
 * store with the same conditions as DynamoDB's.
 */
class RedemptionMovesTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final ProgramId PROGRAM = new ProgramId("prg_test0001");
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final CustomerId ANNA = new CustomerId("anna");

  private final InMemoryRedemptions store = new InMemoryRedemptions();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  private Redemption redemption(String id, RedemptionStatus status, Instant expiresAt) {
    return store.add(new Redemption(id, ANNA, "order-" + id, 500, new Money(500, EUR), status, NOW.minusSeconds(60),
        expiresAt, NOW.minusSeconds(60), "tx_reserve", null));
  }

  private static ProgramConfig config(boolean refundReturnsRedeemed) {
    RedemptionSettings r = new RedemptionSettings(true, Conversion.DEFAULT, 0, BigDecimal.ZERO, MaxDiscount.NONE,
        false, Set.of(), Set.of(), 30, refundReturnsRedeemed);
    return new ProgramConfig(new Program(PROGRAM, "Test", ProgramKind.SHOP, EUR, NOW),
        ProgramSettings.defaults().withRedemption(r));
  }

  @ParameterizedTest(name = "commit of a {0} redemption → {1}")
  @CsvSource({
      "RESERVED, committed",
      "COMMITTED, replayed",
      "RELEASED, REDEMPTION_RELEASED",
      "RETURNED, REDEMPTION_RETURNED"})
  void commit(RedemptionStatus status, String expected) {
    redemption("r1", status, NOW.plusSeconds(60));
    SettleRedemption settle = new SettleRedemption(store, clock);
    if (expected.equals(expected.toUpperCase())) {
      assertEquals(expected, assertThrows(ConflictException.class, () -> settle.commit(PROGRAM, "r1")).code());
    } else {
      SettleRedemption.Settled s = settle.commit(PROGRAM, "r1");
      assertEquals(RedemptionStatus.COMMITTED, s.redemption().status());
      assertEquals(expected.equals("replayed"), s.replayed());
    }
  }

  @Test
  void aCommitAtOrAfterTheExpiryIsRefusedEvenBeforeTheSweep() {
    redemption("r1", RedemptionStatus.RESERVED, NOW);
    ConflictException e = assertThrows(ConflictException.class,
        () -> new SettleRedemption(store, clock).commit(PROGRAM, "r1"));
    assertEquals("RESERVATION_EXPIRED", e.code());
    assertEquals(RedemptionStatus.RESERVED, store.byId.get("r1").status(), "the sweep releases it");
  }

  @ParameterizedTest(name = "cancel of a {0} redemption → {1}")
  @CsvSource({
      "RESERVED, released",
      "RELEASED, replayed",
      "COMMITTED, REDEMPTION_COMMITTED",
      "RETURNED, REDEMPTION_COMMITTED"})
  void cancel(RedemptionStatus status, String expected) {
    redemption("r1", status, NOW.plusSeconds(60));
    SettleRedemption settle = new SettleRedemption(store, clock);
    if (expected.equals(expected.toUpperCase())) {
      assertEquals(expected, assertThrows(ConflictException.class, () -> settle.cancel(PROGRAM, "r1", "k")).code());
      assertEquals(0, store.credits);
    } else {
      SettleRedemption.Settled s = settle.cancel(PROGRAM, "r1", "k");
      assertEquals(RedemptionStatus.RELEASED, s.redemption().status());
      assertEquals(expected.equals("replayed"), s.replayed());
      assertEquals(expected.equals("replayed") ? 0 : 1, store.credits);
    }
  }

  @Test
  void theSweepReleasesOnlyReservationsThatExpired() {
    redemption("expired", RedemptionStatus.RESERVED, NOW.minusSeconds(1));
    redemption("atExpiry", RedemptionStatus.RESERVED, NOW);
    redemption("fresh", RedemptionStatus.RESERVED, NOW.plusSeconds(1));
    redemption("committed", RedemptionStatus.COMMITTED, NOW.minusSeconds(1));
    SweepExpiredRedemptions.Summary summary = new SweepExpiredRedemptions(store, clock).run(100);
    assertEquals(new SweepExpiredRedemptions.Summary(2, 2), summary);
    assertEquals(RedemptionStatus.RELEASED, store.byId.get("expired").status());
    assertEquals(RedemptionStatus.RELEASED, store.byId.get("atExpiry").status());
    assertEquals(RedemptionStatus.RESERVED, store.byId.get("fresh").status());
    assertEquals(RedemptionStatus.COMMITTED, store.byId.get("committed").status());
    assertEquals(new SweepExpiredRedemptions.Summary(0, 0), new SweepExpiredRedemptions(store, clock).run(100));
  }

  /** Order status × redemption status × setting → what the order event does and which discount it earns after. */
  @ParameterizedTest(name = "{0} order, {1} redemption, returns {2} → {3}, {4}, discount {5}")
  @CsvSource({
      "created,   RESERVED,  true,  unchanged,       RESERVED,  5.00",
      "paid,      RESERVED,  true,  committed,       COMMITTED, 5.00",
      "completed, RESERVED,  true,  committed,       COMMITTED, 5.00",
      "paid,      COMMITTED, true,  unchanged,       COMMITTED, 5.00",
      "paid,      RELEASED,  true,  alreadyReleased, RELEASED,  0.00",
      "cancelled, RESERVED,  true,  released,        RELEASED,  0.00",
      "refunded,  RESERVED,  false, released,        RELEASED,  0.00",
      "cancelled, COMMITTED, true,  returned,        RETURNED,  5.00",
      "refunded,  COMMITTED, true,  returned,        RETURNED,  5.00",
      "refunded,  COMMITTED, false, unchanged,       COMMITTED, 5.00",
      "cancelled, RETURNED,  true,  unchanged,       RETURNED,  5.00",
      "refunded,  RELEASED,  true,  unchanged,       RELEASED,  0.00"})
  void orderEvents(String orderStatus, RedemptionStatus before, boolean returns, String result,
      RedemptionStatus after, String discount) {
    redemption("r1", before, NOW.plusSeconds(60));
    OrderRedemption.Outcome o = new OrderRedemption(store, clock).onOrder(config(returns), "order-r1", ANNA,
        OrderStatus.fromWire("status", orderStatus), "webhook");
    assertEquals(result, o.result());
    assertEquals(after, store.byId.get("r1").status());
    assertEquals(discount, o.discount().toDecimalString());
  }

  @Test
  void aPaidOrderAfterTheExpiryIsReportedExpiredAndNotCommitted() {
    redemption("r1", RedemptionStatus.RESERVED, NOW.minus(Duration.ofMinutes(1)));
    OrderRedemption.Outcome o = new OrderRedemption(store, clock).onOrder(config(true), "order-r1", ANNA,
        OrderStatus.PAID, "webhook");
    assertEquals("expired", o.result());
    assertEquals(RedemptionStatus.RESERVED, store.byId.get("r1").status());
  }

  @Test
  void anOrderOfAnotherCustomerOrWithoutReservationMovesNothing() {
    redemption("r1", RedemptionStatus.RESERVED, NOW.plusSeconds(60));
    OrderRedemption orders = new OrderRedemption(store, clock);
    OrderRedemption.Outcome other = orders.onOrder(config(true), "order-r1", new CustomerId("ben"), OrderStatus.PAID,
        "webhook");
    assertEquals("customerMismatch", other.result());
    assertEquals("0.00", other.discount().toDecimalString());
    OrderRedemption.Outcome guest = orders.onOrder(config(true), "order-r1", null, OrderStatus.CANCELLED, "webhook");
    assertEquals("customerMismatch", guest.result());
    assertEquals(RedemptionStatus.RESERVED, store.byId.get("r1").status());
    assertEquals("none", orders.onOrder(config(true), "order-x", ANNA, OrderStatus.PAID, "webhook").result());
  }
}
