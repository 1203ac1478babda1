package nl.klantpunten.dynamodb;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import nl.klantpunten.aws.ops.Metrics;
import nl.klantpunten.core.error.ContentionException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Retries a transaction that DynamoDB cancelled only because another transaction touched the same item at the same
 * moment. Such a cancelled transaction wrote nothing, so running it again cannot double anything. Conditions that
 * failed are the caller's business and are passed on at once.
 */
final class Transactions {
  static final int MAX_ATTEMPTS = 30;

  private Transactions() {}

  static <T> T retryOnConflict(Supplier<T> attempt) {
    int retries = 0;
    try {
      while (true) {
        try {
          return attempt.get();
        } catch (TransactionCanceledException e) {
          if (!onlyConflicts(e)) {
            throw e;
          }
          if (retries + 1 >= MAX_ATTEMPTS) {
            throw new ContentionException("too many simultaneous changes to the same record; retry", e);
          }
          retries++;
          backOff(retries);
        }
      }
    } finally {
      // how often balances are fought over, whatever the outcome
      Metrics.count(null, Metrics.CONTENTION_RETRIES, retries);
    }
  }

  static boolean onlyConflicts(TransactionCanceledException e) {
    if (!e.hasCancellationReasons()) {
      return false;
    }
    boolean conflict = false;
    for (CancellationReason r : e.cancellationReasons()) {
      String code = r.code();
      if ("TransactionConflict".equals(code)) {
        conflict = true;
      } else if (code != null && !"None".equals(code)) {
        return false;
      }
    }
    return conflict;
  }

  static String code(TransactionCanceledException e, int index) {
    List<CancellationReason> reasons = e.cancellationReasons();
    return index < reasons.size() ? reasons.get(index).code() : null;
  }

  private static void backOff(int attempt) {
    long capMillis = Math.min(100, 2L << Math.min(attempt, 6));
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, capMillis + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while retrying a transaction", e);
    }
  }
}
