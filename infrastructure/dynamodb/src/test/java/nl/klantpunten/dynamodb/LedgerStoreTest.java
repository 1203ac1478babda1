package nl.klantpunten.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.ConflictException;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.error.UnprocessableException;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.EntryQuery;
import nl.klantpunten.core.ledger.IdempotencyKey;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.ledger.Recorded;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.LedgerStore;
import nl.klantpunten.emulators.Emulators;
import nl.klantpunten.emulators.EmulatorsExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * What the HTTP tests cannot see: the requests a balance change makes, and that a refused or replayed change leaves
 * no entry, no idempotency record and no balance change behind.
 */
@ExtendWith(EmulatorsExtension.class)
class LedgerStoreTest {
  private static TestTable table;
  private ProgramId program;
  private CustomerId anna;
  private LedgerStore ledger;

  @BeforeAll
  static void start(Emulators emulators) {
    table = new TestTable(emulators);
  }

  @BeforeEach
  void newProgram() {
    program = table.newProgram();
    anna = table.newCustomer(program, "anna");
    ledger = table.stores.ledger();
  }

  private static BalanceChange change(CustomerId customer, long points, IdempotencyKey key) {
    return new BalanceChange(customer, points, EntryKind.ADJUST, Reason.MANUAL, "note " + points, null, "key-test", key);
  }

  private static IdempotencyKey key(String value, String fingerprint) {
    return new IdempotencyKey("api", value, fingerprint);
  }

  private long balance() {
    return ledger.balance(program, anna).orElseThrow().points();
  }

  private List<LedgerEntry> allEntries(CustomerId customer) {
    return ledger.entries(program, customer, new EntryQuery(100, null, null, null, null, true)).items();
  }

  private boolean idempotencyRecordExists(String value) {
    return table.exists(Keys.idempotency(program, "api:" + value), Keys.IDEM_SK);
  }

  private List<SdkRequest> writesDuring(Runnable action) {
    table.requests.clear();
    action.run();
    return table.requests.stream().filter(r -> !r.getClass().getSimpleName().matches("(Get|Query|Scan).*")).toList();
  }

  @Test
  void aChangeIsOneTransactWriteItemsOfCustomerScopedItemsOnly() {
    ledger.record(program, change(anna, 500, null));
    for (IdempotencyKey idem : new IdempotencyKey[] {null, key("one-write", "fp")}) {
      List<SdkRequest> writes = writesDuring(() -> ledger.record(program, change(anna, -100, idem)));
      assertEquals(1, writes.size(), writes.toString());
      TransactWriteItemsRequest tx = (TransactWriteItemsRequest) writes.get(0);
      assertEquals(idem == null ? 2 : 3, tx.transactItems().size());
      for (TransactWriteItem item : tx.transactItems()) {
        String pk = pkOf(item);
        assertTrue(pk.startsWith(Keys.program(program) + "#"), pk);
        assertNotEquals(Keys.program(program), pk, "no program-wide item takes part");
      }
      TransactWriteItem balanceUpdate = tx.transactItems().get(tx.transactItems().size() - 1);
      assertTrue(balanceUpdate.update().conditionExpression().contains("points >= :debit"),
          "a debit is guarded against going below zero");
    }
    assertEquals(300, balance());
  }

  private static String pkOf(TransactWriteItem item) {
    Map<String, AttributeValue> key = item.put() != null ? item.put().item()
        : item.update() != null ? item.update().key()
        : item.delete() != null ? item.delete().key() : item.conditionCheck().key();
    return key.get(Keys.PK).s();
  }

  @Test
  void noPlainWriteRequestIsEverUsedForTheBalance() {
    List<SdkRequest> writes = writesDuring(() -> {
      Recorded credit = ledger.record(program, change(anna, 50, key("plain", "fp")));
      ledger.record(program, change(anna, 50, key("plain", "fp")));
      ledger.delete(program, anna, credit.entry().id(), "key-test", Instant.now());
    });
    for (SdkRequest write : writes) {
      assertFalse(write instanceof PutItemRequest || write instanceof UpdateItemRequest
          || write instanceof DeleteItemRequest || write instanceof BatchWriteItemRequest, write.toString());
    }
  }

  @Test
  void aChangeCancelledByAConflictIsRetriedAndAppliedOnce() {
    table.conflictsToInject.set(3);
    Recorded recorded = ledger.record(program, change(anna, 70, key("conflicted", "fp")));
    assertEquals(0, table.conflictsToInject.get(), "the conflicts were met");
    assertFalse(recorded.replayed());
    assertEquals(70, balance());
    assertEquals(List.of(recorded.entry().id()), allEntries(anna).stream().map(LedgerEntry::id).toList());
    table.conflictsToInject.set(2);
    LedgerEntry deleted = ledger.delete(program, anna, recorded.entry().id(), "key-admin", Instant.now());
    assertTrue(deleted.deleted());
    assertEquals(0, balance());
  }

  @Test
  void aRefusedDebitLeavesNoEntryAndNoIdempotencyRecord() {
    ledger.record(program, change(anna, 100, null));
    ConflictException refused = assertThrows(ConflictException.class,
        () -> ledger.record(program, change(anna, -150, key("too-much", "fp-debit"))));
    assertEquals("INSUFFICIENT_BALANCE", refused.code());
    assertEquals("points", refused.field());
    assertEquals(100, balance());
    assertEquals(1, allEntries(anna).size(), "only the credit");
    assertFalse(idempotencyRecordExists("too-much"));
    long storedItems = table.partition(Keys.customer(program, anna)).size();
    assertEquals(3, storedItems, "profile, balance and the one entry");

    // the key was not used up: once the balance allows it, the same request goes through
    ledger.record(program, change(anna, 100, null));
    Recorded later = ledger.record(program, change(anna, -150, key("too-much", "fp-debit")));
    assertFalse(later.replayed());
    assertEquals(50, balance());
  }

  @Test
  void anUnknownCustomerGetsNothingWritten() {
    CustomerId ghost = new CustomerId("ghost");
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> ledger.record(program, change(ghost, 10, key("ghost-key", "fp"))));
    assertEquals("customerId", e.field());
    assertEquals(List.of(), table.partition(Keys.customer(program, ghost)));
    assertFalse(idempotencyRecordExists("ghost-key"));
    assertTrue(ledger.balance(program, ghost).isEmpty());
  }

  @Test
  void theSameKeyAndRequestIsAppliedOnce() {
    Recorded first = ledger.record(program, change(anna, 40, key("twice", "fp")));
    Recorded second = ledger.record(program, change(anna, 40, key("twice", "fp")));
    assertFalse(first.replayed());
    assertTrue(second.replayed());
    assertEquals(first.entry(), second.entry());
    assertEquals(40, balance());
    assertEquals(1, allEntries(anna).size());
  }

  @Test
  void theSameKeyForAnotherRequestIsRefusedAndWritesNothing() {
    ledger.record(program, change(anna, 40, key("reused", "fp-1")));
    UnprocessableException e = assertThrows(UnprocessableException.class,
        () -> ledger.record(program, change(anna, 41, key("reused", "fp-2"))));
    assertEquals("IDEMPOTENCY_KEY_REUSED", e.code());
    assertEquals(40, balance());
    assertEquals(1, allEntries(anna).size());
  }

  @Test
  void aReplayOfADeletedEntryAnswersTheDeletedEntryAndChangesNothing() {
    Recorded first = ledger.record(program, change(anna, 300, key("deleted-later", "fp")));
    ledger.delete(program, anna, first.entry().id(), "key-admin", Instant.now());
    assertEquals(0, balance());

    Recorded replay = ledger.record(program, change(anna, 300, key("deleted-later", "fp")));
    assertTrue(replay.replayed());
    assertEquals(first.entry().id(), replay.entry().id());
    assertTrue(replay.entry().deleted(), "the answer shows it was deleted since");
    assertEquals("key-admin", replay.entry().deletedBy());
    assertEquals(0, balance(), "a replay never re-applies a deleted entry");
    assertEquals(1, allEntries(anna).size());
  }

  @Test
  void idempotencyKeysBelongToOneProgram() {
    ProgramId other = table.newProgram();
    CustomerId otherAnna = table.newCustomer(other, "anna");
    Recorded mine = ledger.record(program, change(anna, 10, key("shared-value", "fp")));
    Recorded theirs = ledger.record(other, change(otherAnna, 10, key("shared-value", "fp")));
    assertFalse(theirs.replayed(), "another program's key with the same text is another key");
    assertNotEquals(mine.entry().id(), theirs.entry().id());
    assertEquals(10, ledger.balance(other, otherAnna).orElseThrow().points());
  }

  @Test
  void deletingReversesOnceAndRefusesWhatWouldGoBelowZero() {
    Recorded credit = ledger.record(program, change(anna, 100, null));
    Recorded debit = ledger.record(program, change(anna, -80, null));

    ConflictException refused = assertThrows(ConflictException.class,
        () -> ledger.delete(program, anna, credit.entry().id(), "key-admin", Instant.now()));
    assertEquals("INSUFFICIENT_BALANCE", refused.code());
    assertEquals(20, balance());
    assertFalse(allEntries(anna).stream().anyMatch(LedgerEntry::deleted), "the refused delete marked nothing");

    LedgerEntry deleted = ledger.delete(program, anna, debit.entry().id(), "key-admin", Instant.now());
    assertTrue(deleted.deleted());
    assertEquals(100, balance());
    assertEquals(100, ledger.balance(program, anna).orElseThrow().lifetimeEarned());

    ConflictException again = assertThrows(ConflictException.class,
        () -> ledger.delete(program, anna, debit.entry().id(), "key-admin", Instant.now()));
    assertEquals("ALREADY_DELETED", again.code());
    assertEquals(100, balance());
  }

  @Test
  void anEntryIsOnlyFoundUnderItsOwnCustomer() {
    CustomerId bob = table.newCustomer(program, "bob");
    Recorded annas = ledger.record(program, change(anna, 100, null));
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> ledger.delete(program, bob, annas.entry().id(), "key-admin", Instant.now()));
    assertEquals("entryId", e.field());
    assertEquals(100, balance());
    assertThrows(NotFoundException.class,
        () -> ledger.delete(program, anna, "tx_01HZZZZZZZZZZZZZZZZZZZZZZZ", "key-admin", Instant.now()));
  }

  @Test
  void aDebitDeletionGivesThePointsBackWithoutTouchingLifetimeEarned() {
    ledger.record(program, change(anna, 100, null));
    Recorded debit = ledger.record(program, change(anna, -100, null));
    assertEquals(0, balance());
    ledger.delete(program, anna, debit.entry().id(), "key-admin", Instant.now());
    var b = ledger.balance(program, anna).orElseThrow();
    assertEquals(100, b.points());
    assertEquals(100, b.lifetimeEarned());
    assertEquals(3, b.version(), "credit, debit, reversal");
  }
}
