package nl.klantpunten.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

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
    try (JsonParser parser = CODEC.getStreamingFactory().createParser(text)) {
      Object value = CODEC.anyFrom(parser);
      if (parser.nextToken() != null) {
        throw new JsonParseException(parser, "unexpected content after the JSON value");
      }
      return value;
    }
  }
}
