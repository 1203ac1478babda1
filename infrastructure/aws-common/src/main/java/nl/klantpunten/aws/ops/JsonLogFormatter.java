package nl.klantpunten.aws.ops;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * One JSON object per log record, on one line: time, level, logger, event, then the record's fields (its one
 * parameter, a map), then the error and its whole stack trace as single fields. Every string is passed through
 * {@link Redaction}. Records of the metrics logger are Embedded Metric Format documents and pass through as written.
 */
public final class JsonLogFormatter extends Formatter {
  @Override
  public String format(LogRecord record) {
    if (Metrics.LOGGER_NAME.equals(record.getLoggerName())) {
      return record.getMessage();
    }
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("time", Instant.ofEpochMilli(record.getMillis()).toString());
    line.put("level", level(record.getLevel()));
    line.put("logger", shortName(record.getLoggerName()));
    line.put("event", record.getMessage());
    if (record.getParameters() != null && record.getParameters().length == 1
        && record.getParameters()[0] instanceof Map<?, ?> fields) {
      fields.forEach((k, v) -> line.putIfAbsent(String.valueOf(k), v));
    }
    Throwable error = record.getThrown();
    if (error != null) {
      line.put("error", error.getClass().getName() + ": " + error.getMessage());
      StringWriter trace = new StringWriter();
      error.printStackTrace(new PrintWriter(trace));
      line.put("stackTrace", trace.toString().stripTrailing());
    }
    line.replaceAll((k, v) -> v instanceof String s ? Redaction.clean(s) : v);
    return JsonLine.of(line);
  }

  private static String level(Level level) {
    if (level.intValue() >= Level.SEVERE.intValue()) {
      return "ERROR";
    }
    if (level.intValue() >= Level.WARNING.intValue()) {
      return "WARN";
    }
    return level.intValue() >= Level.INFO.intValue() ? "INFO" : "DEBUG";
  }

  private static String shortName(String logger) {
    return logger == null ? null : logger.substring(logger.lastIndexOf('.') + 1);
  }
}
