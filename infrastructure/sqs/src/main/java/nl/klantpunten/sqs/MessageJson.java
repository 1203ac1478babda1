package nl.klantpunten.sqs;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The JSON both queue codecs write and read: a message body is one JSON object. Reading refuses a body that is not
 * one with the codec's own "malformed" exception, so a broken message fails on its own.
 */
final class MessageJson {
  private static final JSON JSON_CODEC = JSON.std;

  private MessageJson() {}

  static String write(Map<String, Object> fields) {
    try {
      return JSON_CODEC.asString(fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> readObject(String body,
      BiFunction<String, Throwable, ? extends RuntimeException> malformed) {
    Map<String, Object> m;
    try {
      m = body == null ? null : JSON_CODEC.mapFrom(body);
    } catch (IOException | RuntimeException e) {
      throw malformed.apply("not a JSON object", e);
    }
    if (m == null) {
      throw malformed.apply("empty message", null);
    }
    return m;
  }
}
