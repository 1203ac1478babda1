package nl.klantpunten.core.earning;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import nl.klantpunten.core.error.Violations;
import nl.klantpunten.core.money.Money;
import nl.klantpunten.core.settings.FieldReader;

/**
 * A product's own earning rule, replacing the program's ratio for the lines of that product.
 *
 * <ul>
 *   <li>{@code fixed}: {@code value} points for every unit sold, whatever the price: {@code value × quantity}.
 *       {@code value} is a whole number from 0 (the product earns nothing) to 1,000,000.
 *   <li>{@code percent}: {@code value} percent of the line's eligible amount, counted in whole currency units, as
 *       points: {@code floor(amount in minor units × value / (100 × 10^decimals))}. 10 percent of a 24.99 EUR line
 *       is 2.499, so 2 points; 10 percent of a 2,499 JPY line is 249 points. {@code value} is a decimal from 0 to
 *       1000 with at most two decimals. Rounding is per line (each override line floors on its own).
 * </ul>
 */
public record ProductEarning(EarningMode mode, BigDecimal value) {
  public static final long MAX_FIXED = 1_000_000;
  public static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(1000);
  private static final Set<String> FIELDS = Set.of("mode", "value");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Reads {@code {mode, value}}; every broken rule is reported at once. */
  public static ProductEarning parse(Map<String, Object> body) {
    Violations v = new Violations();
    FieldReader in = new FieldReader(body, "", v).only(FIELDS);
    String mode = in.choice("mode", "fixed", "percent");
    if (!in.has("mode")) {
      v.add("mode", "required", "mode is required: fixed or percent");
    }
    BigDecimal value = null;
    if (!in.has("value")) {
      v.add("value", "required", "value is required");
    } else if ("fixed".equals(mode)) {
      Long points = in.whole("value");
      if (points != null && (points < 0 || points > MAX_FIXED)) {
        v.add("value", "range", "fixed: whole points per unit from 0 to " + MAX_FIXED);
      } else if (points != null) {
        value = BigDecimal.valueOf(points);
      }
    } else if ("percent".equals(mode)) {
      BigDecimal percent = in.decimal("value");
      if (percent != null && (percent.signum() < 0 || percent.compareTo(MAX_PERCENT) > 0)) {
        v.add("value", "range", "percent: from 0 to " + MAX_PERCENT);
      } else if (percent != null && percent.stripTrailingZeros().scale() > 2) {
        v.add("value", "scale", "percent: at most 2 decimals");
      } else if (percent != null) {
        value = normalise(percent);
      }
    }
    v.throwIfAny();
    return new ProductEarning("fixed".equals(mode) ? EarningMode.FIXED : EarningMode.PERCENT, value);
  }

  private static BigDecimal normalise(BigDecimal d) {
    BigDecimal stripped = d.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** The points one order line earns under this rule ({@code eligible} is the line's eligible amount). */
  public long pointsFor(long quantity, Money eligible) {
    if (mode == EarningMode.FIXED) {
      return BigInteger.valueOf(quantity).multiply(value.toBigIntegerExact())
          .min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
    }
    if (eligible.minorUnits() <= 0) {
      return 0;
    }
    BigDecimal divisor = HUNDRED.scaleByPowerOfTen(Money.minorDigits(eligible.currency()));
    return new BigDecimal(eligible.minorUnits()).multiply(value)
        .divide(divisor, 0, RoundingMode.FLOOR)
        .toBigInteger().min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
  }
}
