package nl.klantpunten.functions.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.core.store.ProductEarningStore;

/** The JSON shape of a product's own earning rule. */
final class ProductEarningJson {
  private ProductEarningJson() {}

  static Map<String, Object> of(ProductEarningStore.Stored s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("productId", s.productId().value());
    m.put("mode", s.rule().mode().wireName());
    m.put("value", s.rule().value());
    m.put("updatedAt", s.updatedAt().toString());
    return m;
  }
}
