package nl.klantpunten.functions.settings;

import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.earning.ProductId;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.store.ProductEarningStore;

/** DELETE /v1/products/{productId}/earning: the product earns by the program's ratio again. 204; 404 if none. */
final class DeleteProductEarning implements Operation {
  private final ProductEarningStore products;

  DeleteProductEarning(ProductEarningStore products) {
    this.products = products;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    ProductId product = new ProductId(request.pathParam("productId"));
    if (!products.delete(request.principal().programId(), product)) {
      throw new NotFoundException("product earning rule", product.value());
    }
    return ApiResponse.noContent();
  }
}
