package nl.klantpunten.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.klantpunten.core.customer.Customer;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.ConflictException;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.CustomerStore;
import nl.klantpunten.emulators.Emulators;
import nl.klantpunten.emulators.EmulatorsExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Profiles, their zero balance, card-code claims and search rows change together or not at all. */
@ExtendWith(EmulatorsExtension.class)
class CustomerStoreTest {
  private static TestTable table;
  private ProgramId program;
  private CustomerStore customers;

  @BeforeAll
  static void start(Emulators emulators) {
    table = new TestTable(emulators);
  }

  @BeforeEach
  void newProgram() {
    program = table.newProgram();
    customers = table.stores.customers();
  }

  private CustomerStore.Saved save(String id, String email, String name, String card) {
    return customers.save(program, new CustomerId(id), CustomerDetails.parse(email, name, card), Instant.now());
  }

  private List<String> search(String q) {
    return customers.search(program, q, 100, null).items().stream().map(c -> c.id().value()).toList();
  }

  @Test
  void creatingMakesAZeroBalanceAndUpdatingBumpsTheVersion() {
    CustomerStore.Saved created = save("c-1", "anna@example.com", "Anna", "CARD-0001");
    assertTrue(created.created());
    assertEquals(1, created.customer().version());
    assertEquals(0, table.stores.ledger().balance(program, new CustomerId("c-1")).orElseThrow().points());

    CustomerStore.Saved same = save("c-1", "ANNA@example.com ", " Anna", "card-0001");
    assertFalse(same.created());
    assertEquals(1, same.customer().version(), "an unchanged profile is not rewritten");

    CustomerStore.Saved updated = save("c-1", "anna.b@example.com", "Anna B", "CARD-0001");
    assertFalse(updated.created());
    assertEquals(2, updated.customer().version());
    assertEquals(created.customer().createdAt(), updated.customer().createdAt());
    assertEquals(List.of("c-1"), search("anna.b@"));
    assertEquals(List.of(), search("anna@"), "the old email's search row is gone");
  }

  @Test
  void aCardCodeTakenByAnotherCustomerChangesNothing() {
    save("c-1", "anna@example.com", "Anna", "CARD-0001");
    save("c-2", "bob@example.com", "Bob", "CARD-0002");
    int itemsBefore = table.partition(Keys.searchPartition(program)).size();

    ConflictException onUpdate = assertThrows(ConflictException.class,
        () -> save("c-2", "bob.new@example.com", "Bob New", "CARD-0001"));
    assertEquals("CARD_CODE_TAKEN", onUpdate.code());
    assertEquals("cardCode", onUpdate.field());
    Customer bob = customers.find(program, new CustomerId("c-2")).orElseThrow();
    assertEquals("bob@example.com", bob.email());
    assertEquals("CARD-0002", bob.cardCode());

    ConflictException onCreate = assertThrows(ConflictException.class,
        () -> save("c-3", "carl@example.com", "Carl", "CARD-0001"));
    assertEquals("CARD_CODE_TAKEN", onCreate.code());
    assertTrue(customers.find(program, new CustomerId("c-3")).isEmpty());
    assertTrue(table.stores.ledger().balance(program, new CustomerId("c-3")).isEmpty(), "no orphan balance");
    assertEquals(itemsBefore, table.partition(Keys.searchPartition(program)).size(), "no search rows added");
  }

  @Test
  void changingTheCardCodeReleasesTheOldOne() {
    save("c-1", "anna@example.com", "Anna", "CARD-0001");
    save("c-1", "anna@example.com", "Anna", "CARD-0009");
    assertTrue(save("c-2", "bob@example.com", "Bob", "CARD-0001").created());
    assertTrue(table.exists(Keys.card(program, "CARD-0001"), Keys.CARD_SK));
    assertEquals(List.of("c-2"), search("card-0001"));
    save("c-1", "anna@example.com", "Anna", null);
    assertFalse(table.exists(Keys.card(program, "CARD-0009"), Keys.CARD_SK), "removing the code releases it");
  }

  @Test
  void simultaneousCreatesOfOneCustomerAllSucceedAndCreateItOnce() throws Exception {
    int writers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Callable<CustomerStore.Saved>> tasks = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        tasks.add(() -> save("same", "same@example.com", "Same Person", "CARD-SAME"));
      }
      List<CustomerStore.Saved> results = new ArrayList<>();
      for (Future<CustomerStore.Saved> f : pool.invokeAll(tasks)) {
        results.add(f.get()); // a failure here (e.g. a wrong CARD_CODE_TAKEN) fails the test
      }
      assertEquals(1, results.stream().filter(CustomerStore.Saved::created).count());
      assertEquals(List.of("same"), search("same"));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void simultaneousClaimsOfOneCardCodeLeaveExactlyOneOwner() throws Exception {
    int writers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Callable<String>> tasks = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        String id = "claimant-" + i;
        tasks.add(() -> {
          try {
            save(id, id + "@example.com", "Claimant " + id, "CARD-RACE");
            return "won";
          } catch (ConflictException e) {
            return e.code();
          }
        });
      }
      List<String> outcomes = new ArrayList<>();
      for (Future<String> f : pool.invokeAll(tasks)) {
        outcomes.add(f.get());
      }
      assertEquals(1, outcomes.stream().filter("won"::equals).count(), outcomes.toString());
      assertEquals(writers - 1, outcomes.stream().filter("CARD_CODE_TAKEN"::equals).count(), outcomes.toString());
      assertEquals(1, search("card-race").size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void searchShowsACustomerMatchingSeveralFieldsOnce() {
    save("c-1", "anna@example.com", "Anna", "ANNA-0001");
    save("c-2", "annabel@example.com", "Bel", null);
    assertEquals(List.of("c-1", "c-2"), search("anna").stream().sorted().toList());
  }
}
