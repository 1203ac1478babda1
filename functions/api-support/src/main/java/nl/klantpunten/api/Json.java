package nl.klantpunten.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.jr.ob.JSON;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.money.Decimals;

/**
 * JSON through jackson-jr: small, no reflection-heavy start-up. Null fields are written, so a client always sees
 * every field of a shape (e.g. a preview's {@code reason: null}). Decimals are read as BigDecimal so money never
 * passes through a double; a key given twice is an error.
 */
public final class Json {
  private static final JSON CODEC = JSON.builder()
      .enable(JSON.Feature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(JSON.Feature.FAIL_ON_DUPLICATE_MAP_KEYS)
      .enable(JSON.Feature.WRITE_NULL_PROPERTIES)
      .build();

  private Json() {}

  public static String write(Object value) {
    try {
      return CODEC.asString(value);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write JSON", e);
    }
  }

  /** Parses a JSON object; IOException when the text is not one. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> readObject(String text) throws IOException {
    Object value = read(text);
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new JsonParseException(null, "expected a JSON object");
  }

  /**
   * Parses one JSON value that must make up the whole text: jackson-jr alone stops after the first value and would
   * accept {@code {"points":5} garbage} or two objects in a row.
   */
  public static Object read(String text) throws IOException {
    try (JsonParser parser = new CheckedParser(CODEC.getStreamingFactory().createParser(text))) {
      Object value = CODEC.anyFrom(parser);
      if (parser.nextToken() != null) {
        throw new JsonParseException(parser, "unexpected content after the JSON value");
      }
      return value;
    }
  }

  /**
   * Checks each value as it is read, before it becomes a Java value: a number outside {@link Decimals}' bounds
   * (digits, scale, exponent) is refused from its text, so {@code 1e1000000} never becomes a BigDecimal that later
   * arithmetic chokes on; a string or name with a lone surrogate (a {@code \\ud800} escape) is refused instead of
   * being stored as {@code ?}. Both are a 400 naming the field's path, e.g. {@code lines[0].unitPrice}.
   */
  private static final class CheckedParser extends JsonParserDelegate {
    CheckedParser(JsonParser parser) {
      super(parser);
    }

    @Override
    public BigDecimal getDecimalValue() throws IOException {
      checkNumber();
      return super.getDecimalValue();
    }

    @Override
    public BigInteger getBigIntegerValue() throws IOException {
      checkNumber();
      return super.getBigIntegerValue();
    }

    @Override
    public Number getNumberValue() throws IOException {
      checkNumber();
      return super.getNumberValue();
    }

    @Override
    public double getDoubleValue() throws IOException {
      checkNumber();
      return super.getDoubleValue();
    }

    @Override
    public String getText() throws IOException {
      String text = super.getText();
      if (text != null && hasLoneSurrogate(text)) {
        throw ValidationException.of(path(), "unicode", "contains an unpaired surrogate (not valid Unicode)");
      }
      return text;
    }

    @Override
    public String currentName() throws IOException {
      String name = super.currentName();
      if (name != null && hasLoneSurrogate(name)) {
        throw ValidationException.of("body", "unicode", "a field name contains an unpaired surrogate");
      }
      return name;
    }

    private void checkNumber() throws IOException {
      if (!Decimals.isBoundedText(super.getText())) {
        throw Decimals.outOfBounds(path());
      }
    }

    private String path() {
      Deque<String> parts = new ArrayDeque<>();
      for (JsonStreamContext c = delegate.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
        if (c.inArray()) {
          parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
        } else if (c.getCurrentName() != null) {
          parts.push(c.getCurrentName());
        }
      }
      StringBuilder out = new StringBuilder(!parts.isEmpty() && parts.peek().startsWith("[") ? "body" : "");
      for (String part : parts) {
        if (out.length() > 0 && !part.startsWith("[")) {
          out.append('.');
        }
        out.append(part);
      }
      return out.length() == 0 ? "body" : out.toString();
    }

    private static boolean hasLoneSurrogate(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          return true;
        }
      }
      return false;
    }
  }
}
