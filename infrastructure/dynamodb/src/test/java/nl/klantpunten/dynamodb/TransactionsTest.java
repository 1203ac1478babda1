package nl.klantpunten.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantpunten.core.error.ContentionException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Retrying cancelled transactions. DynamoDB Local serialises transactions on one item and never reports
 * TransactionConflict (16 writers on one balance: 0 conflicts), so this path is checked here with the exception
 * DynamoDB sends: conflicts are retried, failed conditions are not, and endless contention ends in a 503.
 */
class TransactionsTest {

  static TransactionCanceledException cancelled(String... codes) {
    return TransactionCanceledException.builder()
        .message("Transaction cancelled")
        .cancellationReasons(Arrays.stream(codes).map(c -> CancellationReason.builder().code(c).build()).toList())
        .build();
  }

  @Test
  void onlyConflictsWhenEveryReasonIsAConflictOrNone() {
    assertTrue(Transactions.onlyConflicts(cancelled("None", "TransactionConflict", "None")));
    assertTrue(Transactions.onlyConflicts(cancelled("TransactionConflict", "TransactionConflict")));
    assertFalse(Transactions.onlyConflicts(cancelled("TransactionConflict", "ConditionalCheckFailed")));
    assertFalse(Transactions.onlyConflicts(cancelled("None", "None")));
    assertFalse(Transactions.onlyConflicts(TransactionCanceledException.builder().message("no reasons").build()));
  }

  @Test
  void aConflictIsRetriedUntilItGoesThrough() {
    AtomicInteger attempts = new AtomicInteger();
    String result = Transactions.retryOnConflict(() -> {
      if (attempts.incrementAndGet() < 4) {
        throw cancelled("None", "TransactionConflict");
      }
      return "written";
    });
    assertEquals("written", result);
    assertEquals(4, attempts.get());
  }

  @Test
  void aFailedConditionIsPassedOnAtOnce() {
    AtomicInteger attempts = new AtomicInteger();
    TransactionCanceledException refusal = cancelled("None", "ConditionalCheckFailed");
    TransactionCanceledException thrown = assertThrows(TransactionCanceledException.class,
        () -> Transactions.retryOnConflict(() -> {
          attempts.incrementAndGet();
          throw refusal;
        }));
    assertSame(refusal, thrown);
    assertEquals(1, attempts.get());
  }

  @Test
  void endlessContentionEndsAsContention() {
    AtomicInteger attempts = new AtomicInteger();
    assertThrows(ContentionException.class, () -> Transactions.retryOnConflict(() -> {
      attempts.incrementAndGet();
      throw cancelled("TransactionConflict");
    }));
    assertEquals(Transactions.MAX_ATTEMPTS, attempts.get());
  }
}
