package nl.klantpunten.functions.badges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.badge.Badge;
import nl.klantpunten.core.badge.BadgeEvaluation;
import nl.klantpunten.core.badge.BadgeId;
import nl.klantpunten.core.badge.BadgeMeasure;
import nl.klantpunten.core.badge.BadgeState;
import nl.klantpunten.core.badge.Catalog;
import nl.klantpunten.core.badge.PointsRange;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.core.segment.Segment;
import nl.klantpunten.core.store.BadgeStateStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The badge state's conditional write against DynamoDB Local: a write that is not newer than the stored version, or
 * that was computed from a state read before another writer changed it, is refused as a whole (no state, holder row
 * or outbox item is written).
 */
@ExtendWith(TestBackend.class)
class BadgeStateConditionalWriteTest {
  static final Badge BRONZE = new Badge(new BadgeId("bronze"), "Bronze", null, null, new PointsRange(100, 499L));
  static final Badge SILVER = new Badge(new BadgeId("silver"), "Silver", null, null, new PointsRange(500, null));
  static final Catalog CATALOG = new Catalog(List.of(BRONZE, SILVER), List.of());
  private Backend backend;
  private TestProgram program;
  private BadgeStateStore states;
  private final CustomerId customer = new CustomerId("cond-1");

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.SHOP);
    states = backend.stores().badgeStates();
    backend.stores().customers().save(program.id(), customer, CustomerDetails.parse("c@example.com", "C", null),
        Instant.now());
  }

  private static BadgeEvaluation.Outcome outcome(BadgeState previous, long version, long points) {
    return BadgeEvaluation.evaluate(previous, new BadgeEvaluation.Seen(version, points, points, 0),
        BadgeMeasure.BALANCE, CATALOG, Instant.parse("2026-05-01T12:00:00Z")).orElseThrow();
  }

  private boolean outboxExists(String id) {
    var r = backend.stores().client().getItem(b -> b.tableName(TestBackend.TABLE).consistentRead(true)
        .key(Map.of("pk", AttributeValue.fromS("P#" + program.id().value() + "#C#" + customer.value()),
            "sk", AttributeValue.fromS("OUTBOX#" + id))));
    return r.hasItem() && !r.item().isEmpty();
  }

  private Set<CustomerId> holders(String badge) {
    return Set.copyOf(backend.stores().segments().members(program.id(), Segment.holding(new BadgeId(badge)), 10, null)
        .items().stream().map(m -> m.customerId()).toList());
  }

  @Test
  void onlyANewerVersionOverTheStateReadIsWritten() {
    assertTrue(states.record(program.id(), customer, null, outcome(null, 5, 600)), "first write");
    assertTrue(outboxExists("BADGE#silver#5"));

    assertFalse(states.record(program.id(), customer, null, outcome(null, 4, 200)),
        "a second 'first' write (a racing evaluation that read no state) is refused");
    BadgeState stored = states.find(program.id(), customer).orElseThrow();
    assertFalse(states.record(program.id(), customer, 5L, outcome(null, 5, 200)), "not newer than 5: refused");
    assertFalse(states.record(program.id(), customer, 3L, outcome(null, 7, 200)),
        "computed from a state that is no longer stored: refused");
    assertFalse(outboxExists("BADGE#bronze#4"));
    assertFalse(outboxExists("BADGE#bronze#5"));
    assertFalse(outboxExists("BADGE#bronze#7"));
    assertEquals(stored, states.find(program.id(), customer).orElseThrow(), "nothing changed");
    assertEquals(Set.of(customer), holders("silver"));
    assertEquals(Set.of(), holders("bronze"));

    assertTrue(states.record(program.id(), customer, 5L, outcome(stored, 6, 200)));
    assertEquals(Set.of(new BadgeId("bronze")), states.find(program.id(), customer).orElseThrow().held());
    assertEquals(Set.of(customer), holders("bronze"));
    assertEquals(Set.of(), holders("silver"), "the lost badge's holder row went in the same transaction");
    assertTrue(outboxExists("BADGE#bronze#6"));
  }
}
