package nl.klantpunten.aws.ops;

import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Structured events through the JDK's own logging (java.util.logging: no jar, no start-up scanning), written by
 * {@link JsonLogFormatter} to standard output, one JSON object per line, which Lambda ships to CloudWatch Logs as one
 * event and Logs Insights reads field by field. Events name what happened ({@code request}, {@code message.failed});
 * fields carry ids, routes, outcomes and durations, never e-mail addresses, names or keys.
 */
public final class StructuredLog {
  /** Parent of every logger here; its one handler writes to standard output. */
  public static final String ROOT = "nl.klantpunten";
  private static final Logger ROOT_LOGGER = configuredRoot();

  private final Logger logger;

  private StructuredLog(Logger logger) {
    this.logger = logger;
  }

  public static StructuredLog of(Class<?> owner) {
    return new StructuredLog(Logger.getLogger(ROOT + ".log." + owner.getSimpleName()));
  }

  public void info(String event, Map<String, ?> fields) {
    log(Level.INFO, event, fields, null);
  }

  public void warn(String event, Map<String, ?> fields) {
    log(Level.WARNING, event, fields, null);
  }

  public void error(String event, Map<String, ?> fields, Throwable error) {
    log(Level.SEVERE, event, fields, error);
  }

  private void log(Level level, String event, Map<String, ?> fields, Throwable error) {
    if (!logger.isLoggable(level)) {
      return;
    }
    LogRecord record = new LogRecord(level, event);
    record.setLoggerName(logger.getName());
    record.setParameters(new Object[] {fields});
    record.setThrown(error);
    logger.log(record);
  }

  static Logger root() {
    return ROOT_LOGGER;
  }

  private static Logger configuredRoot() {
    Logger root = Logger.getLogger(ROOT);
    root.setUseParentHandlers(false);
    root.setLevel(Level.INFO);
    root.addHandler(new StdoutHandler());
    return root;
  }

  /** Prints each record as one line and flushes at once, so nothing is lost when Lambda freezes the sandbox. */
  private static final class StdoutHandler extends Handler {
    private final JsonLogFormatter formatter = new JsonLogFormatter();

    @Override
    public void publish(LogRecord record) {
      if (isLoggable(record)) {
        String line = formatter.format(record);
        synchronized (System.out) {
          System.out.println(line);
          System.out.flush();
        }
      }
    }

    @Override
    public void flush() {
      System.out.flush();
    }

    @Override
    public void close() {
      flush();
    }
  }
}
