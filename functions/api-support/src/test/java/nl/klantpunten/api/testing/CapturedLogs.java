package nl.klantpunten.api.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import nl.klantpunten.api.Json;
import nl.klantpunten.aws.ops.JsonLogFormatter;
import nl.klantpunten.aws.ops.StructuredLog;

/**
 * Every line the functions log (structured events and EMF metric documents), exactly as they would reach
 * CloudWatch: formatted by the production formatter, captured from the same logger tree while open.
 */
public final class CapturedLogs implements AutoCloseable {
  private final Logger root = Logger.getLogger(StructuredLog.ROOT);
  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
  private final Handler handler = new Handler() {
    private final JsonLogFormatter formatter = new JsonLogFormatter();

    @Override
    public void publish(LogRecord record) {
      lines.add(formatter.format(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  private CapturedLogs() {
    StructuredLog.of(CapturedLogs.class); // the root is configured before the capture joins it
    root.addHandler(handler);
  }

  public static CapturedLogs start() {
    return new CapturedLogs();
  }

  public List<String> lines() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  /** Each line as a JSON object (a line that is not one fails the test). */
  public List<Map<String, Object>> objects() {
    return lines().stream().map(line -> {
      try {
        return Json.readObject(line);
      } catch (IOException e) {
        throw new UncheckedIOException("not one JSON object: " + line, e);
      }
    }).toList();
  }

  /** The structured events of this name ("request", "message", ...). */
  public List<Map<String, Object>> events(String event) {
    return objects().stream().filter(o -> event.equals(o.get("event"))).toList();
  }

  /** The Embedded Metric Format documents. */
  public List<Map<String, Object>> metrics() {
    return objects().stream().filter(o -> o.containsKey("_aws")).toList();
  }

  @Override
  public void close() {
    root.removeHandler(handler);
  }
}
