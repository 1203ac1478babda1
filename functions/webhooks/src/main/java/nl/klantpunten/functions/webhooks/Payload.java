package nl.klantpunten.functions.webhooks;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.money.Decimals;
import nl.klantpunten.core.money.Money;

/**
 * Lenient, exact reading of a platform's JSON payload: a platform sends ids as numbers (Shopify's exceed 2^53, so
 * they are kept as exact integers, never doubles), money as decimal strings (sometimes as JSON numbers, read as
 * BigDecimal), and leaves fields out or null where we need a default. A field of the wrong shape is a 400 naming
 * its path; a decimal outside {@link Decimals}' bounds too, before it is converted. Amounts with more decimals than the currency has are rounded half-up to its minor unit.
 */
final class Payload {
  private final Map<String, Object> fields;
  private final String path;

  private Payload(Map<String, Object> fields, String path) {
    this.fields = fields;
    this.path = path;
  }

  static Payload of(Map<String, Object> fields) {
    return new Payload(fields, "");
  }

  String pathOf(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  boolean has(String field) {
    return fields.get(field) != null;
  }

  Object raw(String field) {
    return fields.get(field);
  }

  Payload object(String field) {
    Object value = fields.get(field);
    if (value == null) {
      return null;
    }
    if (value instanceof Map<?, ?> map) {
      @SuppressWarnings("unchecked")
      Map<String, Object> nested = (Map<String, Object>) map;
      return new Payload(nested, pathOf(field));
    }
    throw ValidationException.of(pathOf(field), "type", "must be a JSON object");
  }

  /** The objects of an array field; an absent or null array is empty. */
  List<Payload> objects(String field) {
    Object value = fields.get(field);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw ValidationException.of(pathOf(field), "type", "must be a JSON array");
    }
    List<Payload> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof Map<?, ?> map)) {
        throw ValidationException.of(pathOf(field) + "[" + i + "]", "type", "must be a JSON object");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> nested = (Map<String, Object>) map;
      out.add(new Payload(nested, pathOf(field) + "[" + i + "]"));
    }
    return out;
  }

  /** A string field; numbers and booleans as their text. Null when absent. */
  String text(String field) {
    Object value = fields.get(field);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    if (value instanceof Number || value instanceof Boolean) {
      return id(field);
    }
    throw ValidationException.of(pathOf(field), "type", "must be a string");
  }

  /** An id sent as a JSON number or string, as exact decimal text ("820982911946154508"); null when absent. */
  String id(String field) {
    Object value = fields.get(field);
    if (value == null) {
      return null;
    }
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
      return value.toString();
    }
    if (value instanceof BigDecimal d) {
      try {
        return d.toBigIntegerExact().toString();
      } catch (ArithmeticException e) {
        // reported below
      }
    }
    if (value instanceof Boolean b) {
      return b.toString();
    }
    throw ValidationException.of(pathOf(field), "type", "must be an id (a whole number or a string)");
  }

  /** A whole number given as a JSON number or a numeric string; {@code fallback} when absent. */
  long whole(String field, long fallback) {
    Object value = fields.get(field);
    if (value == null) {
      return fallback;
    }
    try {
      if (value instanceof Integer || value instanceof Long) {
        return ((Number) value).longValue();
      }
      if (value instanceof BigInteger big) {
        return big.longValueExact();
      }
      if (value instanceof BigDecimal d) {
        return d.longValueExact();
      }
      if (value instanceof String s) {
        BigDecimal parsed = Decimals.parse(pathOf(field), s);
        if (parsed != null) {
          return parsed.longValueExact();
        }
      }
    } catch (ArithmeticException | NumberFormatException e) {
      // reported below
    }
    throw ValidationException.of(pathOf(field), "integer", "must be a whole number");
  }

  boolean bool(String field, boolean fallback) {
    Object value = fields.get(field);
    return value instanceof Boolean b ? b : fallback;
  }

  /** An amount (decimal string or JSON number); zero when absent, null or empty. */
  Money money(String field, Currency currency) {
    BigDecimal value = decimal(field);
    if (value == null) {
      return Money.zero(currency);
    }
    try {
      long minor = value.setScale(Money.minorDigits(currency), RoundingMode.HALF_UP)
          .movePointRight(Money.minorDigits(currency)).longValueExact();
      return new Money(minor, currency);
    } catch (ArithmeticException e) {
      throw ValidationException.of(pathOf(field), "range", "amount out of range");
    }
  }

  BigDecimal decimal(String field) {
    Object value = fields.get(field);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    if (value instanceof BigDecimal d) {
      return Decimals.bounded(pathOf(field), d);
    }
    if (value instanceof Integer || value instanceof Long) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger big) {
      return Decimals.bounded(pathOf(field), new BigDecimal(big));
    }
    if (value instanceof String s) {
      BigDecimal parsed = Decimals.parse(pathOf(field), s);
      if (parsed != null) {
        return parsed;
      }
    }
    throw ValidationException.of(pathOf(field), "decimal", "must be a decimal amount such as \"12.50\"");
  }
}
