package nl.klantpunten.functions.settings;

import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.earning.ProductId;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.store.ProductEarningStore;

/** GET /v1/products/{productId}/earning: the product's own rule; 404 when it earns by the program's ratio. */
final class GetProductEarning implements Operation {
  private final ProductEarningStore products;

  GetProductEarning(ProductEarningStore products) {
    this.products = products;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    ProductId product = new ProductId(request.pathParam("productId"));
    return products.find(request.principal().programId(), product)
        .map(s -> ApiResponse.ok(ProductEarningJson.of(s)))
        .orElseThrow(() -> new NotFoundException("product earning rule", product.value()));
  }
}
