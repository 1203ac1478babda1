package nl.klantpunten.functions.settings;

import java.time.Clock;
import java.time.Instant;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.earning.ProductEarning;
import nl.klantpunten.core.earning.ProductId;
import nl.klantpunten.core.store.ProductEarningStore;

/**
 * PUT /v1/products/{productId}/earning {mode: fixed|percent, value}: the product's lines earn by this rule instead
 * of the ratio (see ProductEarning for the arithmetic). 201 when created, 200 when replaced.
 */
final class PutProductEarning implements Operation {
  private final ProductEarningStore products;
  private final Clock clock;

  PutProductEarning(ProductEarningStore products, Clock clock) {
    this.products = products;
    this.clock = clock;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    ProductId product = new ProductId(request.pathParam("productId"));
    ProductEarning rule = ProductEarning.parse(request.json().asMap());
    Instant now = clock.instant();
    boolean created = products.put(request.principal().programId(), product, rule, now);
    return ApiResponse.json(created ? 201 : 200,
        ProductEarningJson.of(new ProductEarningStore.Stored(product, rule, now)));
  }
}
