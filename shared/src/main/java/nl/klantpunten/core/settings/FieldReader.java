package nl.klantpunten.core.settings;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.error.Violations;
import nl.klantpunten.core.money.Decimals;

/**
 * Reads one JSON object (as parsed into maps, lists, strings, booleans and exact numbers) whose fields may be
 * nested: every problem is collected under the field's full path, e.g. {@code earning.ratio.points}, so a nested
 * settings document gets the same precise 400 answers as a flat request body. Absent or null fields read as null.
 */
public final class FieldReader {
  private final Map<String, Object> fields;
  private final String path;
  private final Violations violations;

  public FieldReader(Map<String, Object> fields, String path, Violations violations) {
    this.fields = fields;
    this.path = path;
    this.violations = violations;
  }

  public String pathOf(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  public Violations violations() {
    return violations;
  }

  /** Records every field outside {@code allowed} as unknown: a typo never passes silently. */
  public FieldReader only(Set<String> allowed) {
    for (String field : new TreeSet<>(fields.keySet())) {
      if (!allowed.contains(field)) {
        violations.add(pathOf(field), "unknown", "unknown field; allowed: " + String.join(", ", new TreeSet<>(allowed)));
      }
    }
    return this;
  }

  /** The field's value as parsed, for callers that accept several JSON types. */
  public Object raw(String field) {
    return fields.get(field);
  }

  public boolean has(String field) {
    return fields.get(field) != null;
  }

  public Boolean bool(String field) {
    Object value = fields.get(field);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    violations.add(pathOf(field), "type", "must be true or false");
    return null;
  }

  public String text(String field) {
    Object value = fields.get(field);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    violations.add(pathOf(field), "type", "must be a string");
    return null;
  }

  /** A whole number (1.0 counts, 1.5 does not), or null. */
  public Long whole(String field) {
    Object value = fields.get(field);
    if (value == null) {
      return null;
    }
    try {
      if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
        return ((Number) value).longValue();
      }
      if (value instanceof BigInteger big) {
        return big.longValueExact();
      }
      if (value instanceof BigDecimal decimal) {
        return decimal.longValueExact();
      }
    } catch (ArithmeticException e) {
      // reported below
    }
    violations.add(pathOf(field), "integer", "must be a whole number");
    return null;
  }

  /** A decimal given as a JSON string ("5.00") or number, exactly: never through double. */
  public BigDecimal decimal(String field) {
    Object value = fields.get(field);
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal d) {
      return bounded(field, d);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger big) {
      return bounded(field, new BigDecimal(big));
    }
    if (value instanceof String s) {
      try {
        BigDecimal parsed = Decimals.parse(pathOf(field), s);
        if (parsed != null) {
          return parsed;
        }
      } catch (ValidationException outOfBounds) {
        outOfBounds.errors().forEach(f -> violations.add(f.field(), f.rule(), f.message()));
        return null;
      }
    }
    violations.add(pathOf(field), "decimal", "must be a decimal such as \"5.00\"");
    return null;
  }

  private BigDecimal bounded(String field, BigDecimal value) {
    if (Decimals.isBounded(value)) {
      return value;
    }
    Decimals.outOfBounds(pathOf(field)).errors().forEach(f -> violations.add(f.field(), f.rule(), f.message()));
    return null;
  }

  /** A nested object, or null when absent (or not an object, which is recorded). */
  public FieldReader object(String field) {
    Object value = fields.get(field);
    if (value == null) {
      return null;
    }
    if (value instanceof Map<?, ?> map) {
      @SuppressWarnings("unchecked")
      Map<String, Object> nested = (Map<String, Object>) map;
      return new FieldReader(nested, pathOf(field), violations);
    }
    violations.add(pathOf(field), "type", "must be a JSON object");
    return null;
  }

  /** One of {@code options}, compared exactly; null when absent. */
  public String choice(String field, String... options) {
    String value = text(field);
    if (value == null) {
      return null;
    }
    for (String option : options) {
      if (option.equals(value)) {
        return value;
      }
    }
    violations.add(pathOf(field), "enum", "must be one of " + String.join(", ", options));
    return null;
  }
}
