package nl.klantpunten.core.error;

/** Too many simultaneous writes to the same record; nothing was written and a retry will succeed. Maps to 503. */
public final class ContentionException extends RuntimeException {
  public ContentionException(String detail, Throwable cause) {
    super(detail, cause);
  }
}
