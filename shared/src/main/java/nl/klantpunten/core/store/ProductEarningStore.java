package nl.klantpunten.core.store;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import nl.klantpunten.core.earning.ProductEarning;
import nl.klantpunten.core.earning.ProductId;
import nl.klantpunten.core.program.ProgramId;

/** Products' own earning rules, one item per product. */
public interface ProductEarningStore {

  /** Creates or replaces the product's rule; true when it was created. */
  boolean put(ProgramId programId, ProductId productId, ProductEarning rule, Instant at);

  Optional<Stored> find(ProgramId programId, ProductId productId);

  /** False when the product had no rule. */
  boolean delete(ProgramId programId, ProductId productId);

  /** The rules of those of {@code productIds} that have one (an order's products, read in batches). */
  Map<ProductId, ProductEarning> findAll(ProgramId programId, Collection<ProductId> productIds);

  record Stored(ProductId productId, ProductEarning rule, Instant updatedAt) {}
}
