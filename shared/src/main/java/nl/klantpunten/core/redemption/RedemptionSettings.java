package nl.klantpunten.core.redemption;

import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;
import nl.klantpunten.core.earning.ProductId;

/**
 * How a program's customers turn points into a discount at checkout (settings part {@code redemption}).
 *
 * <p>Defaults (a program that never saved this part): off; 100 points = 1 unit of the program's currency; no
 * minimum balance or cart; no maximum beyond the eligible amount; discounted products count; no product lists; a
 * reservation holds its points for 30 minutes; a refunded order gives its redeemed points back.
 *
 * @param minBalance the balance a customer needs before redeeming at all (points)
 * @param minCartAmount the cart total (sum of quantity × unit price of every line) needed to redeem
 * @param excludeProducts products that never count towards the eligible amount
 * @param onlyProducts when not empty, the only products that count (never both lists at once)
 * @param reservationMinutes how long a reservation holds points before the sweep releases them
 * @param refundReturnsRedeemed whether a cancelled or refunded order gives its committed redeemed points back
 */
public record RedemptionSettings(
    boolean enabled,
    Conversion conversion,
    long minBalance,
    BigDecimal minCartAmount,
    MaxDiscount maxDiscount,
    boolean excludeDiscounted,
    Set<ProductId> excludeProducts,
    Set<ProductId> onlyProducts,
    int reservationMinutes,
    boolean refundReturnsRedeemed) {

  public static final int DEFAULT_RESERVATION_MINUTES = 30;
  public static final int MAX_RESERVATION_MINUTES = 24 * 60;
  public static final long MAX_MIN_BALANCE = 1_000_000_000L;
  public static final int MAX_PRODUCTS = 500;

  public static final RedemptionSettings DEFAULT = new RedemptionSettings(false, Conversion.DEFAULT, 0,
      BigDecimal.ZERO, MaxDiscount.NONE, false, Set.of(), Set.of(), DEFAULT_RESERVATION_MINUTES, true);

  public RedemptionSettings {
    excludeProducts = sorted(excludeProducts);
    onlyProducts = sorted(onlyProducts);
  }

  private static Set<ProductId> sorted(Set<ProductId> ids) {
    TreeSet<ProductId> out = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
    out.addAll(ids);
    return java.util.Collections.unmodifiableSet(out);
  }

  /** Whether a line of this product (null: a line without product) counts towards the eligible amount. */
  public boolean productCounts(ProductId product) {
    if (product != null && excludeProducts.contains(product)) {
      return false;
    }
    return onlyProducts.isEmpty() || (product != null && onlyProducts.contains(product));
  }
}
