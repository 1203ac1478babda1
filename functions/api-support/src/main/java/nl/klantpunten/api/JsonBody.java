package nl.klantpunten.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.error.Violations;
import nl.klantpunten.core.money.Decimals;

/** A request's JSON object with typed, field-named access: a wrong type is a 400 naming the field. */
public final class JsonBody {
  private final Map<String, Object> fields;

  private JsonBody(Map<String, Object> fields) {
    this.fields = fields;
  }

  public static JsonBody parse(String body) {
    if (body == null || body.isBlank()) {
      throw ValidationException.of("body", "required", "a JSON object is required");
    }
    try {
      Object parsed = Json.read(body);
      if (parsed instanceof Map<?, ?> map) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) map;
        return new JsonBody(fields);
      }
    } catch (ValidationException e) {
      throw e; // a value out of bounds or not valid Unicode, already named by its path
    } catch (IOException | RuntimeException e) {
      throw ValidationException.of("body", "json", "malformed JSON: " + firstLine(e.getMessage()));
    }
    throw ValidationException.of("body", "json", "must be a JSON object");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** Refuses fields this operation does not know, so a typo never passes silently. */
  public JsonBody onlyFields(Set<String> allowed) {
    Violations v = new Violations();
    new TreeSet<>(fields.keySet()).stream().filter(f -> !allowed.contains(f))
        .forEach(f -> v.add(f, "unknown", "unknown field; allowed: " + String.join(", ", new TreeSet<>(allowed))));
    v.throwIfAny();
    return this;
  }

  public boolean has(String field) {
    return fields.get(field) != null;
  }

  public String string(String field) {
    Object value = fields.get(field);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw ValidationException.of(field, "type", "must be a string");
  }

  /** A whole number, or null when absent; 1.0 counts as 1, 1.5 does not. */
  public Long wholeNumber(String field) {
    Object value = fields.get(field);
    if (value == null) {
      return null;
    }
    try {
      if (value instanceof Integer || value instanceof Long) {
        return ((Number) value).longValue();
      }
      if (value instanceof BigInteger big) {
        return big.longValueExact();
      }
      if (value instanceof BigDecimal decimal) {
        return decimal.longValueExact();
      }
    } catch (ArithmeticException e) {
      throw ValidationException.of(field, "integer", "must be a whole number within 64 bits");
    }
    throw ValidationException.of(field, "integer", "must be a whole number");
  }

  /** A decimal given as a JSON number or string, exactly (never through double). */
  public String decimal(String field) {
    Object value = fields.get(field);
    if (value == null) {
      return null;
    }
    if (value instanceof String s) {
      Decimals.parse(field, s); // bounded before any caller converts it; other text is the caller's to refuse
      return s;
    }
    if (value instanceof BigDecimal d) {
      return Decimals.bounded(field, d).toPlainString();
    }
    if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
      return value.toString();
    }
    throw ValidationException.of(field, "decimal", "must be a decimal amount such as \"12.50\"");
  }

  public Boolean bool(String field) {
    Object value = fields.get(field);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    throw ValidationException.of(field, "type", "must be true or false");
  }

  public JsonBody object(String field) {
    Object value = fields.get(field);
    if (value == null) {
      return null;
    }
    if (value instanceof Map<?, ?> map) {
      @SuppressWarnings("unchecked")
      Map<String, Object> nested = (Map<String, Object>) map;
      return new JsonBody(nested);
    }
    throw ValidationException.of(field, "type", "must be a JSON object");
  }

  public List<Object> array(String field) {
    Object value = fields.get(field);
    if (value == null) {
      return null;
    }
    if (value instanceof List<?> list) {
      @SuppressWarnings("unchecked")
      List<Object> items = (List<Object>) list;
      return items;
    }
    throw ValidationException.of(field, "type", "must be a JSON array");
  }

  public Map<String, Object> asMap() {
    return fields;
  }
}
