package nl.klantpunten.functions.webhooks;

import static nl.klantpunten.functions.webhooks.Payloads.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Json;
import nl.klantpunten.core.earning.Order;
import nl.klantpunten.core.earning.OrderLine;
import nl.klantpunten.core.earning.OrderRefund;
import nl.klantpunten.core.earning.OrderStatus;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How each format's payload becomes an Order: amounts, statuses, customers, refunds (no emulator needed). */
class PlatformFormatsTest {
  private static final Currency EUR = Currency.getInstance("EUR");

  private static Money eur(String amount) {
    return Money.parse("x", amount, EUR);
  }

  /** Through JSON text, as a delivery arrives (so ids and amounts take the parser's types). */
  private static Map<String, Object> reparse(Map<String, Object> payload) throws IOException {
    return Json.readObject(Json.write(payload));
  }

  @Test
  void wooCommerceOrder() throws IOException {
    Order o = WooCommerceFormat.parse(reparse(Payloads.wooOrder(5001, "processing")));
    assertEquals("woocommerce:5001", o.ref().key());
    assertEquals(OrderStatus.PAID, o.status());
    assertEquals(EUR, o.currency());
    assertEquals("42", o.customer().id().value());
    assertEquals("anna@example.com", o.customer().email());
    assertEquals("Anna de Vries", o.customer().name());
    assertEquals(List.of(new OrderLine(new nl.klantpunten.core.earning.ProductId("301"), 2, eur("15.00"),
            eur("3.15"), true),
        new OrderLine(new nl.klantpunten.core.earning.ProductId("302"), 1, eur("20.00"), eur("4.20"), false)),
        o.lines());
    assertEquals(eur("4.95"), o.shipping());
    assertEquals(eur("1.04"), o.shippingTax());
    assertEquals(eur("48.34"), o.total());
    assertTrue(o.refunds().isEmpty());
  }

  @ParameterizedTest(name = "WooCommerce {0} → {1}")
  @CsvSource({
      "pending, CREATED", "on-hold, CREATED", "failed, CREATED", "checkout-draft, CREATED", "processing, PAID",
      "completed, COMPLETED", "cancelled, CANCELLED", "trash, CANCELLED", "refunded, REFUNDED",
      "wc-shipped-by-plugin, CREATED"})
  void wooCommerceStatuses(String status, OrderStatus expected) throws IOException {
    assertEquals(expected, WooCommerceFormat.parse(reparse(Payloads.wooOrder(1, status))).status());
  }

  @Test
  void wooCommerceRefundsArePositiveAmountsAndAGuestHasCustomerIdZero() throws IOException {
    Map<String, Object> payload = Payloads.wooOrder(5002, "completed");
    payload.put("customer_id", 0);
    payload.put("refunds", List.of(Payloads.wooRefund(9001, "-10.00"), Payloads.wooRefund(9002, "-2.50")));
    Order o = WooCommerceFormat.parse(reparse(payload));
    assertTrue(o.customer().isGuest());
    assertEquals(List.of(new OrderRefund("9001", eur("10.00")), new OrderRefund("9002", eur("2.50"))), o.refunds());
  }

  @Test
  void wooCommerceLegacyOrderWrapper() throws IOException {
    Map<String, Object> legacy = map("order", map(
        "id", 118, "order_number", 118, "status", "completed", "currency", "EUR", "total", "14.00",
        "subtotal", "4.00", "total_shipping", "10.00", "shipping_tax", "0.00", "customer_id", 7,
        "billing_address", map("first_name", "Jan", "last_name", "Smit", "email", "jan@example.com"),
        "line_items", List.of(map("id", 8, "subtotal", "4.00", "total", "4.00", "total_tax", "0.00",
            "price", "2.00", "quantity", 2, "product_id", 99)),
        "customer", map("id", 7, "email", "jan@example.com", "first_name", "Jan", "last_name", "Smit")));
    assertTrue(WooCommerceFormat.isOrder(reparse(legacy)));
    Order o = WooCommerceFormat.parse(reparse(legacy));
    assertEquals(OrderStatus.COMPLETED, o.status());
    assertEquals(eur("10.00"), o.shipping());
    assertEquals("7", o.customer().id().value());
    assertEquals("Jan Smit", o.customer().name());
    assertEquals(eur("4.00"), o.lines().get(0).total());
  }

  @Test
  void aDeletedWooCommerceOrderIsNotAnOrder() throws IOException {
    assertFalse(WooCommerceFormat.isOrder(reparse(map("id", 5001))));
  }

  @Test
  void wooCommerceAmountsWithMoreDecimalsAreRoundedToTheMinorUnit() throws IOException {
    Map<String, Object> payload = Payloads.wooOrder(5003, "processing");
    @SuppressWarnings("unchecked")
    Map<String, Object> line = ((List<Map<String, Object>>) payload.get("line_items")).get(0);
    line.put("total_tax", "3.14545");
    assertEquals(eur("3.15"), WooCommerceFormat.parse(reparse(payload)).lines().get(0).tax());
  }

  @Test
  void wooCommerceBadShapesAreNamed() throws IOException {
    Map<String, Object> payload = Payloads.wooOrder(5004, "processing");
    payload.put("currency", "EURO");
    assertEquals("currency", assertThrows(ValidationException.class,
        () -> WooCommerceFormat.parse(reparse(payload))).errors().get(0).field());
    Map<String, Object> negative = Payloads.wooOrder(5004, "processing");
    @SuppressWarnings("unchecked")
    Map<String, Object> line = ((List<Map<String, Object>>) negative.get("line_items")).get(1);
    line.put("total", "-1.00");
    assertEquals("line_items[1].total", assertThrows(ValidationException.class,
        () -> WooCommerceFormat.parse(reparse(negative))).errors().get(0).field());
    Map<String, Object> text = Payloads.wooOrder(5004, "processing");
    text.put("line_items", "many");
    assertEquals("line_items", assertThrows(ValidationException.class,
        () -> WooCommerceFormat.parse(reparse(text))).errors().get(0).field());
  }

  @Test
  void shopifyOrderTakesTaxOutOfTaxInclusivePricesAndKeepsBigIdsExact() throws IOException {
    Order o = ShopifyFormat.parseOrder(reparse(Payloads.shopifyOrder("paid", null)));
    assertEquals("shopify:5504101000000000001", o.ref().key());
    assertEquals("7207119551000000002", o.customer().id().value());
    assertEquals("Bob Jansen", o.customer().name());
    assertEquals(OrderStatus.PAID, o.status());
    assertEquals("632910392000000003", o.lines().get(0).productId().value());
    assertEquals(eur("20.00"), o.lines().get(0).total());
    assertEquals(eur("4.20"), o.lines().get(0).tax());
    assertFalse(o.lines().get(0).discounted());
    assertNull(o.lines().get(1).productId());
    assertEquals(eur("25.00"), o.lines().get(1).total());
    assertTrue(o.lines().get(1).discounted());
    assertEquals(eur("0.00"), o.shipping());
    assertEquals(eur("54.45"), o.total());
  }

  @Test
  void shopifyTaxExclusivePricesAndLineLevelDiscounts() throws IOException {
    Map<String, Object> payload = Payloads.shopifyOrder("paid", null);
    payload.put("taxes_included", false);
    @SuppressWarnings("unchecked")
    Map<String, Object> line = ((List<Map<String, Object>>) payload.get("line_items")).get(0);
    line.put("total_discount", "1.10");
    payload.put("shipping_lines", List.of(map("price", "5.00", "tax_lines", List.of(map("price", "1.05")))));
    Order o = ShopifyFormat.parseOrder(reparse(payload));
    assertEquals(eur("23.10"), o.lines().get(0).total());
    assertEquals(eur("30.25"), o.lines().get(1).total());
    assertEquals(eur("5.00"), o.shipping());
    assertEquals(eur("1.05"), o.shippingTax());
  }

  @ParameterizedTest(name = "Shopify {0}/{1} → {2}")
  @CsvSource({
      "pending, , CREATED", "authorized, , CREATED", "partially_paid, , CREATED", "paid, , PAID",
      "paid, partial, PAID", "paid, fulfilled, COMPLETED", "partially_refunded, fulfilled, COMPLETED",
      "partially_refunded, , PAID", "refunded, fulfilled, REFUNDED", "voided, , CANCELLED"})
  void shopifyStatuses(String financial, String fulfillment, OrderStatus expected) throws IOException {
    assertEquals(expected, ShopifyFormat.parseOrder(reparse(Payloads.shopifyOrder(financial, fulfillment)))
        .status());
  }

  @Test
  void aCancelledShopifyOrderIsCancelledWhateverItsFinancialStatus() throws IOException {
    Map<String, Object> payload = Payloads.shopifyOrder("paid", "fulfilled");
    payload.put("cancelled_at", "2026-03-03T10:00:00+01:00");
    assertEquals(OrderStatus.CANCELLED, ShopifyFormat.parseOrder(reparse(payload)).status());
  }

  @Test
  void shopifyRefundCountsItsLinesShopMoney() throws IOException {
    Map<String, Object> body = reparse(Payloads.shopifyRefund(900_000_000_000_000_001L));
    assertTrue(ShopifyFormat.isRefund(body));
    ShopifyFormat.Refunded r = ShopifyFormat.parseRefund(body, EUR);
    assertEquals("shopify:5504101000000000001", r.order().key());
    assertEquals(new OrderRefund("900000000000000001", eur("12.10")), r.refund());
  }

  @Test
  void anAmountOnlyShopifyRefundCountsItsSuccessfulTransactions() throws IOException {
    Map<String, Object> refund = Payloads.shopifyRefund(77);
    refund.put("refund_line_items", List.of());
    refund.put("transactions", List.of(
        map("kind", "refund", "status", "success", "amount", "5.00"),
        map("kind", "refund", "status", "failure", "amount", "99.00"),
        map("kind", "sale", "status", "success", "amount", "50.00")));
    assertEquals(eur("5.00"), ShopifyFormat.parseRefund(reparse(refund), EUR).refund().amount());
  }

  @Test
  void shopifyRefundsOnTheOrderAreRead() throws IOException {
    Map<String, Object> payload = Payloads.shopifyOrder("partially_refunded", "fulfilled");
    payload.put("refunds", List.of(Payloads.shopifyRefund(31)));
    assertEquals(List.of(new OrderRefund("31", eur("12.10"))),
        ShopifyFormat.parseOrder(reparse(payload)).refunds());
  }

  @Test
  void aShopifyOrderWithoutCustomerIsAGuest() throws IOException {
    Map<String, Object> payload = Payloads.shopifyOrder("paid", null);
    payload.remove("customer");
    Order o = ShopifyFormat.parseOrder(reparse(payload));
    assertTrue(o.customer().isGuest());
    assertEquals("bob@example.com", o.customer().email());
  }
}
