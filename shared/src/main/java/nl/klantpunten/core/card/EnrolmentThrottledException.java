package nl.klantpunten.core.card;

/** The program took its enrolments for this minute; nothing was written. Answered as 429 with Retry-After. */
public final class EnrolmentThrottledException extends RuntimeException {
  private final long retryAfterSeconds;

  public EnrolmentThrottledException(long retryAfterSeconds) {
    super("too many enrolments for this program right now; retry in " + retryAfterSeconds + " s");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
