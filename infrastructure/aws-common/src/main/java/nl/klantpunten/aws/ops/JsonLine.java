package nl.klantpunten.aws.ops;

import java.util.Map;

/** Writes one flat JSON object on one line: strings escaped (newlines too), numbers and booleans as they are. */
final class JsonLine {
  private JsonLine() {}

  static String of(Map<String, ?> fields) {
    StringBuilder out = new StringBuilder(128).append('{');
    boolean first = true;
    for (Map.Entry<String, ?> field : fields.entrySet()) {
      if (field.getValue() == null) {
        continue;
      }
      if (!first) {
        out.append(',');
      }
      first = false;
      string(out, field.getKey());
      out.append(':');
      value(out, field.getValue());
    }
    return out.append('}').toString();
  }

  static void value(StringBuilder out, Object value) {
    switch (value) {
      case Number number -> out.append(number);
      case Boolean bool -> out.append(bool);
      case Map<?, ?> map -> out.append(raw(map));
      default -> string(out, String.valueOf(value));
    }
  }

  @SuppressWarnings("unchecked")
  private static String raw(Map<?, ?> map) {
    return of((Map<String, ?>) map);
  }

  static void string(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
