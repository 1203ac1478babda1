package nl.klantpunten.core.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import nl.klantpunten.core.money.Money;
import nl.klantpunten.core.settings.EarningRatio;

/**
 * What points are worth: {@code amount} (a decimal in the program's currency) for every {@code points} points, and
 * where that rate comes from ({@code basis}). Used for the liability of outstanding points.
 *
 * <p>Rounding: {@code outstanding × amount-minor-units / points}, computed exactly in integers and rounded half up
 * once, to whole minor units.
 */
public record PointValue(long points, BigDecimal amount, String basis) {

  public PointValue {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(basis, "basis");
    if (points <= 0 || amount.signum() < 0) {
      throw new IllegalArgumentException("a rate needs positive points and a non-negative amount");
    }
  }

  /**
   * Until the redemption settings (issue 4) say what a point is worth when spent, the only rate a program has is its
   * earning ratio: {@code points} points for every {@code amount} spent. Named as the basis so a report shows it.
   */
  public static PointValue ofEarningRatio(EarningRatio ratio) {
    return new PointValue(ratio.points(), ratio.amount(), "earning.ratio");
  }

  public Money valueOf(long outstandingPoints, Currency currency) {
    BigInteger minorPerRate = amount.movePointRight(Money.minorDigits(currency)).toBigIntegerExact();
    BigDecimal exact = new BigDecimal(BigInteger.valueOf(outstandingPoints).multiply(minorPerRate))
        .divide(BigDecimal.valueOf(points), 0, RoundingMode.HALF_UP);
    return new Money(exact.longValueExact(), currency);
  }
}
