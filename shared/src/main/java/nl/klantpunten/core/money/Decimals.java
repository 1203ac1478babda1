package nl.klantpunten.core.money;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import nl.klantpunten.core.error.ValidationException;

/**
 * The bounds every decimal read from a request must keep: at most {@link #MAX_DIGITS} significant digits and a scale
 * within ±{@link #MAX_SCALE}. A value such as {@code 1e1000000} is nine characters long, but turning it into an
 * amount (setScale, toPlainString) costs time that grows with the square of its exponent; checking the text and
 * the scale first makes every such input a cheap 400 naming its field. Every real amount, ratio or percentage is far
 * inside these bounds.
 */
public final class Decimals {
  public static final int MAX_DIGITS = 30;
  public static final int MAX_SCALE = 30;
  private static final int MAX_TEXT = 64;
  // at most four exponent digits: new BigDecimal stays cheap before the scale is checked
  private static final Pattern SHAPE =
      Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,4})?");

  private static final Pattern ANY_DECIMAL =
      Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

  private Decimals() {}

  /** True when {@code text} is a decimal within the bounds (checked on the text before any conversion). */
  public static boolean isBoundedText(String text) {
    if (text == null || text.length() > MAX_TEXT || !SHAPE.matcher(text).matches()) {
      return false;
    }
    return isBounded(new BigDecimal(text));
  }

  /** True when the value has at most {@link #MAX_DIGITS} digits and a scale within ±{@link #MAX_SCALE}. */
  public static boolean isBounded(BigDecimal value) {
    return Math.abs(value.scale()) <= MAX_SCALE && value.precision() <= MAX_DIGITS;
  }

  /**
   * Parses a decimal given as text; null when it is not decimal text at all (the caller reports its own "decimal"
   * rule). A decimal outside the bounds is a 400 naming {@code field}.
   */
  public static BigDecimal parse(String field, String text) {
    String s = text.strip();
    if (!ANY_DECIMAL.matcher(s).matches()) {
      return null;
    }
    if (s.length() > MAX_TEXT || !SHAPE.matcher(s).matches()) {
      throw outOfBounds(field);
    }
    return bounded(field, new BigDecimal(s));
  }

  /** {@code value} itself when within the bounds; a 400 naming {@code field} otherwise. */
  public static BigDecimal bounded(String field, BigDecimal value) {
    if (!isBounded(value)) {
      throw outOfBounds(field);
    }
    return value;
  }

  public static ValidationException outOfBounds(String field) {
    return ValidationException.of(field, "range", "a number of at most " + MAX_DIGITS + " digits and "
        + MAX_SCALE + " decimals, with an exponent of at most " + MAX_SCALE);
  }
}
