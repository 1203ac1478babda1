package nl.klantpunten.core.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import nl.klantpunten.core.money.Money;
import nl.klantpunten.core.redemption.Conversion;
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
   * What a point is worth when a customer spends it: the redemption conversion (settings part {@code redemption},
   * "100 points = 1.00 EUR" unless the program set its own), which is what the outstanding points would cost the
   * program. Named as the basis so a report shows where its rate comes from.
   */
  public static PointValue ofRedemption(Conversion conversion) {
    return new PointValue(conversion.points(), conversion.amount(), "redemption.conversion");
  }

  /** The earning ratio as a rate: what a program without redemption could use instead ("points per amount spent"). */
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
