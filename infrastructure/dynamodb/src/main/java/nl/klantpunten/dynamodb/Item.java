package nl.klantpunten.dynamodb;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads and builds DynamoDB items without repeating AttributeValue plumbing. */
final class Item {
  private final Map<String, AttributeValue> values;

  private Item(Map<String, AttributeValue> values) {
    this.values = values;
  }

  static Item of(Map<String, AttributeValue> values) {
    return new Item(values);
  }

  static Builder builder(String pk, String sk, String type) {
    return new Builder().s(Keys.PK, pk).s(Keys.SK, sk).s(Keys.TYPE, type);
  }

  String s(String name) {
    AttributeValue v = values.get(name);
    return v == null ? null : v.s();
  }

  long n(String name) {
    AttributeValue v = values.get(name);
    return v == null || v.n() == null ? 0 : Long.parseLong(v.n());
  }

  /** A boolean attribute, or {@code fallback} when it is absent. */
  boolean bool(String name, boolean fallback) {
    AttributeValue v = values.get(name);
    return v == null || v.bool() == null ? fallback : v.bool();
  }

  Instant instant(String name) {
    String s = s(name);
    return s == null ? null : Instant.parse(s);
  }

  static AttributeValue str(String value) {
    return AttributeValue.fromS(value);
  }

  static AttributeValue num(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  static final class Builder {
    private final Map<String, AttributeValue> map = new HashMap<>();

    Builder s(String name, String value) {
      if (value != null) {
        map.put(name, AttributeValue.fromS(value));
      }
      return this;
    }

    Builder n(String name, long value) {
      map.put(name, AttributeValue.fromN(Long.toString(value)));
      return this;
    }

    Builder bool(String name, boolean value) {
      map.put(name, AttributeValue.fromBool(value));
      return this;
    }

    Builder instant(String name, Instant value) {
      return value == null ? this : s(name, value.toString());
    }

    Map<String, AttributeValue> build() {
      return Map.copyOf(map);
    }
  }
}
