package nl.klantpunten.functions.webhooks;

import static nl.klantpunten.functions.webhooks.Payloads.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Json;
import nl.klantpunten.core.earning.Order;
import nl.klantpunten.core.earning.OrderStatus;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.money.Money;
import org.junit.jupiter.api.Test;

class GenericOrderFormatTest {
  private static final Currency EUR = Currency.getInstance("EUR");

  private static Order parse(Map<String, Object> payload) throws IOException {
    return GenericOrderFormat.parse(Json.readObject(Json.write(payload)));
  }

  private static List<String> errors(Map<String, Object> payload) {
    return assertThrows(ValidationException.class, () -> parse(payload)).errors().stream()
        .map(f -> f.field() + ":" + f.rule()).toList();
  }

  @Test
  void readsEveryPart() throws IOException {
    Map<String, Object> payload = Payloads.generic("1001", "paid");
    payload.put("refunds", List.of(Payloads.refund("r-1", "5.00")));
    Order o = parse(payload);
    assertEquals("api:1001", o.ref().key());
    assertEquals(OrderStatus.PAID, o.status());
    assertEquals("c-1", o.customer().id().value());
    assertEquals(2, o.lines().size());
    assertEquals(new Money(1234, EUR), o.lines().get(0).total());
    assertEquals(new Money(259, EUR), o.lines().get(0).tax());
    assertTrue(o.lines().get(1).discounted());
    assertEquals(new Money(495, EUR), o.shipping());
    assertEquals(new Money(104, EUR), o.shippingTax());
    assertEquals(new Money(3019, EUR), o.total());
    assertEquals(new Money(500, EUR), o.refunds().get(0).amount());
  }

  @Test
  void aNumericOrderIdAndNoCustomerIdAreAccepted() throws IOException {
    Map<String, Object> payload = Payloads.generic("x", "created");
    payload.put("orderId", 77);
    payload.put("customer", map("email", "guest@example.com"));
    Order o = parse(payload);
    assertEquals("77", o.ref().id());
    assertTrue(o.customer().isGuest());
  }

  @Test
  void everyBrokenRuleIsNamed() {
    Map<String, Object> payload = Payloads.generic("a#b", "shipped");
    payload.put("currency", "XYZ1");
    assertEquals(List.of("status:enum", "currency:iso4217", "orderId:format"), errors(payload));

    Map<String, Object> lines = Payloads.generic("1", "paid");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items = (List<Map<String, Object>>) lines.get("lines");
    items.get(0).put("lineTotal", "12.345");
    items.get(1).put("quantity", 0);
    items.get(1).put("colour", "blue");
    assertEquals(List.of("lines[0].lineTotal:scale", "lines[1].colour:unknown", "lines[1].quantity:range"),
        errors(lines));

    Map<String, Object> missing = map("orderId", "1", "status", "paid", "currency", "EUR");
    assertEquals(List.of("lines:required", "totals:required"), errors(missing));

    Map<String, Object> negative = Payloads.generic("1", "paid");
    negative.put("totals", map("total", "-1.00"));
    assertEquals(List.of("totals.total:range"), errors(negative));

    Map<String, Object> refunds = Payloads.generic("1", "paid");
    refunds.put("refunds", List.of(map("amount", "1.00"), "r"));
    assertEquals(List.of("refunds[1]:type", "refunds[0].id:required"), errors(refunds));
  }

  @Test
  void aZeroDecimalCurrencyTakesNoDecimals() {
    Map<String, Object> yen = map("orderId", "1", "status", "paid", "currency", "JPY",
        "customer", map("id", "c"), "lines", List.of(map("quantity", 1, "lineTotal", "1999.5")),
        "totals", map("total", "1999"));
    assertEquals(List.of("lines[0].lineTotal:scale"), errors(yen));
  }
}
