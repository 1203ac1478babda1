package nl.klantpunten.functions.enrolment;

import java.util.concurrent.ThreadLocalRandom;

/** Slugs are unique across the whole (shared) test table: each test makes its own. */
final class Slugs {
  private Slugs() {}

  static String unique(String prefix) {
    return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
  }
}
