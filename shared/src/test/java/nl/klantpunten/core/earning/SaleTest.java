package nl.klantpunten.core.earning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.money.Money;
import org.junit.jupiter.api.Test;

class SaleTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency JPY = Currency.getInstance("JPY");

  private static Map<String, Object> body(Object customer, Object amount, Object note) {
    Map<String, Object> m = new HashMap<>();
    m.put("customer", customer);
    m.put("saleAmount", amount);
    m.put("note", note);
    return m;
  }

  private static List<String> errors(Map<String, Object> body, Currency currency) {
    return assertThrows(ValidationException.class, () -> Sale.parse(body, currency)).errors().stream()
        .map(f -> f.field() + ":" + f.rule()).toList();
  }

  @Test
  void readsAnExactAmountInTheProgramsCurrency() {
    Sale sale = Sale.parse(body(" CARD-1234 ", "12.34", " coffee "), EUR);
    assertEquals("CARD-1234", sale.customer());
    assertEquals(new Money(1234, EUR), sale.amount());
    assertEquals("coffee", sale.note());
    assertEquals(new Money(1500, JPY), Sale.parse(body("c", new BigDecimal("1500"), "n"), JPY).amount());
  }

  @Test
  void rules() {
    assertEquals(List.of("customer:required", "saleAmount:required", "note:required"),
        errors(body(null, null, null), EUR));
    assertEquals(List.of("saleAmount:range"), errors(body("c", "0", "n"), EUR));
    assertEquals(List.of("saleAmount:range"), errors(body("c", "-1.00", "n"), EUR));
    assertEquals(List.of("saleAmount:scale"), errors(body("c", "1.005", "n"), EUR));
    assertEquals(List.of("saleAmount:scale"), errors(body("c", "10.5", "n"), JPY));
    assertEquals(List.of("saleAmount:decimal"), errors(body("c", "ten", "n"), EUR));
    assertEquals(List.of("saleAmount:range"), errors(body("c", "1000000000.01", "n"), EUR));
    assertEquals(List.of("note:required"), errors(body("c", "1", "  "), EUR));
    assertEquals(List.of("note:maxLength"), errors(body("c", "1", "n".repeat(501)), EUR));
    assertEquals(List.of("customer:maxLength"), errors(body("c".repeat(129), "1", "n"), EUR));
  }
}
