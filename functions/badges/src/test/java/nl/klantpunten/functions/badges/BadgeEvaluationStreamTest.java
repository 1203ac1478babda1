package nl.klantpunten.functions.badges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.api.testing.TestSettings;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.core.badge.BadgeId;
import nl.klantpunten.core.card.Card;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.page.Page;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.core.segment.Segment;
import nl.klantpunten.core.segment.SegmentMember;
import nl.klantpunten.dynamodb.DynamoCardStores;
import nl.klantpunten.emulators.Emulators;
import nl.klantpunten.emulators.EmulatorsExtension;
import nl.klantpunten.emulators.StreamEventSource;
import nl.klantpunten.functions.stream.StreamProcessors;
import nl.klantpunten.functions.stream.TableStreamFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Badge evaluation end to end: ledger changes → DynamoDB Local's stream → the real TableStreamFunction with the
 * product's processors → badge state, holder rows and outbox items → the badges and summary endpoints. Out-of-order
 * delivery is tested with real stream records handed to the function in another order.
 */
@ExtendWith({EmulatorsExtension.class, TestBackend.class})
class BadgeEvaluationStreamTest {
  private Backend backend;
  private DynamoDbStreamsClient streams;
  private String streamArn;
  private TableStreamFunction function;
  private TestProgram program;
  private Http admin;

  @BeforeEach
  void setUp(Emulators emulators, Backend backend) {
    this.backend = backend;
    streams = AwsClientConfig.local(emulators.dynamoEndpoint()).build(DynamoDbStreamsClient.builder());
    streamArn = backend.stores().client().describeTable(b -> b.tableName(TestBackend.TABLE)).table()
        .latestStreamArn();
    // badges are under test here; the outbox relay's queue accepts every notification (NotificationFlowTest and
    // OutboxRelayTest test the relay against ElasticMQ)
    function = new TableStreamFunction(StreamProcessors.of(backend, notifications -> notifications.size()));
    program = TestProgram.create(backend, ProgramKind.SHOP);
    admin = new Http(new BadgesFunction(backend), program.admin());
    put("/v1/badges/bronze", "{\"title\":\"Bronze\",\"fromPoints\":100,\"toPoints\":499}");
    put("/v1/badges/silver", "{\"title\":\"Silver\",\"fromPoints\":500,\"toPoints\":999}");
    put("/v1/badges/gold", "{\"title\":\"Gold\",\"fromPoints\":1000,\"toPoints\":null}");
    put("/v1/rewards/coffee", "{\"name\":\"Coffee\",\"pointsRequired\":150}");
    put("/v1/rewards/dinner", "{\"name\":\"Dinner\",\"pointsRequired\":2000}");
  }

  private void put(String path, String body) {
    Http.Result r = admin.put(path, body);
    assertEquals(201, r.status(), r.toString());
  }

  private CustomerId customer(String id) {
    CustomerId c = new CustomerId(id);
    backend.stores().customers().save(program.id(), c, CustomerDetails.parse(id + "@example.com", id, null),
        Instant.now());
    return c;
  }

  private void change(CustomerId c, long points) {
    backend.stores().ledger().record(program.id(), new BalanceChange(c, points,
        points > 0 ? EntryKind.EARN : EntryKind.SPEND, Reason.MANUAL, "test", null, "test", null));
  }

  /** Delivers everything on the stream so far to the real stream function, as Lambda's event source would. */
  private void drain() {
    new StreamEventSource(streams, streamArn, function::handle, 100, 3).drain();
  }

  private Map<String, AttributeValue> outbox(CustomerId c, String notificationId) {
    var r = backend.stores().client().getItem(b -> b.tableName(TestBackend.TABLE).consistentRead(true)
        .key(Map.of("pk", AttributeValue.fromS("P#" + program.id().value() + "#C#" + c.value()),
            "sk", AttributeValue.fromS("OUTBOX#" + notificationId))));
    return r.hasItem() && !r.item().isEmpty() ? r.item() : null;
  }

  @SuppressWarnings("unchecked")
  private static List<String> ids(Object list, String field) {
    return ((List<Map<String, Object>>) list).stream().map(m -> (String) m.get(field)).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @Test
  void hiddenBadgesAreEvaluatedButNeitherShownNorAnnouncedUntilDisplayIsOnAgain() {
    TestSettings.apply(backend, program.id(), "{\"badges\": {\"display\": false}}");
    CustomerId hans = customer("hans");
    change(hans, 160);
    drain();
    Http.Result hidden = admin.get("/v1/customers/hans/summary");
    assertEquals(200, hidden.status(), hidden.toString());
    assertTrue(hidden.json().containsKey("badges"));
    assertNull(hidden.json().get("badges"), "no badges for the customer while display is off");
    assertEquals(160, hidden.number("balance"));
    assertNull(outbox(hans, "BADGE#bronze#1"), "no badge email either");
    assertNotNull(outbox(hans, "REWARD#coffee#1"), "reward emails are not badges (160 crossed the coffee's 150)");
    assertEquals(List.of("bronze"), ids(admin.get("/v1/customers/hans/badges").json().get("held"), "badgeId"),
        "still evaluated: the admin's badge route shows the state");

    TestSettings.apply(backend, program.id(), "{\"badges\": {\"display\": true}}");
    Map<String, Object> shown = map(admin.get("/v1/customers/hans/summary").json().get("badges"));
    assertEquals(List.of("bronze"), ids(shown.get("held"), "badgeId"), "turned on, the right state at once");
  }

  @Test
  void creditingAcrossABoundaryShowsTheBadgeTheNextOneAndARewardWithinReach() {
    CustomerId anna = customer("anna");
    change(anna, 120);
    drain();
    Http.Result summary = admin.get("/v1/customers/anna/summary");
    assertEquals(200, summary.status(), summary.toString());
    assertEquals(120, summary.number("balance"));
    Map<String, Object> badges = map(summary.json().get("badges"));
    assertEquals(List.of("bronze"), ids(badges.get("held"), "badgeId"));
    assertEquals("silver", map(badges.get("next")).get("badgeId"));
    assertEquals(380, ((Number) map(badges.get("next")).get("pointsMissing")).intValue());
    assertEquals(List.of(30, 1880), ((List<Map<String, Object>>) summary.json().get("rewards")).stream()
        .map(r -> ((Number) r.get("pointsMissing")).intValue()).toList());
    Map<String, AttributeValue> unlocked = outbox(anna, "BADGE#bronze#1");
    assertEquals("BADGE_UNLOCKED", unlocked.get("type").s());
    assertEquals("Bronze", unlocked.get("data").m().get("badgeTitle").s());
    assertTrue(Long.parseLong(unlocked.get("ttl").n()) > Instant.now().getEpochSecond() + 29L * 24 * 3600);
    assertNull(outbox(anna, "REWARD#coffee#1"), "120 is still below the coffee's 150");

    change(anna, 400);
    drain();
    Http.Result after = admin.get("/v1/customers/anna/badges");
    assertEquals(List.of("silver"), ids(after.json().get("held"), "badgeId"));
    assertEquals(List.of("bronze", "silver"), ids(after.json().get("history"), "badgeId"));
    assertEquals(List.of(false, true), ((List<Map<String, Object>>) after.json().get("history")).stream()
        .map(h -> h.get("held")).toList());
    assertEquals(480, ((Number) map(after.json().get("next")).get("pointsMissing")).intValue());
    assertEquals("REWARD_WITHIN_REACH", outbox(anna, "REWARD#coffee#2").get("type").s());
    assertEquals("BADGE_UNLOCKED", outbox(anna, "BADGE#silver#2").get("type").s());

    Page<SegmentMember> silver = backend.stores().segments().members(program.id(),
        Segment.holding(new BadgeId("silver")), 10, null);
    assertEquals(List.of(anna), silver.items().stream().map(SegmentMember::customerId).toList());
    assertEquals(520, silver.items().get(0).balance());
    assertEquals(List.of(), backend.stores().segments().members(program.id(),
        Segment.holding(new BadgeId("bronze")), 10, null).items(), "a lost badge's holder row is gone");
  }

  @Test
  void anOlderEventArrivingLateNeverOverwritesANewerResult() {
    CustomerId bob = customer("bob");
    change(bob, 600);   // version 1: silver
    change(bob, 500);   // version 2: gold (1100)
    change(bob, -900);  // version 3: bronze (200)
    List<DynamodbEvent.DynamodbStreamRecord> balanceRecords = new ArrayList<>();
    new StreamEventSource(streams, streamArn, event -> {
      event.getRecords().stream()
          .filter(r -> r.getDynamodb().getNewImage() != null
              && "BALANCE".equals(r.getDynamodb().getNewImage().get("type").getS())
              && "bob".equals(r.getDynamodb().getNewImage().get("customerId").getS())
              && program.id().value().equals(r.getDynamodb().getNewImage().get("programId").getS())
              && r.getEventName().equals("MODIFY"))
          .forEach(balanceRecords::add);
      return new StreamsEventResponse();
    }, 100, 0).drain();
    assertEquals(3, balanceRecords.size());

    deliver(balanceRecords.get(2)); // version 3 first
    deliver(balanceRecords.get(0)); // then the older ones, late
    deliver(balanceRecords.get(1));
    deliver(balanceRecords.get(2)); // and a repeat

    Http.Result badges = admin.get("/v1/customers/bob/badges");
    assertEquals(List.of("bronze"), ids(badges.json().get("held"), "badgeId"));
    assertEquals(3, badges.number("evaluatedVersion"));
    assertEquals(List.of("bronze"), ids(badges.json().get("history"), "badgeId"),
        "the stale versions unlocked nothing");
    assertTrue(outbox(bob, "BADGE#bronze#3") != null);
    assertNull(outbox(bob, "BADGE#silver#1"));
    assertNull(outbox(bob, "BADGE#gold#2"));
    assertNull(outbox(bob, "REWARD#coffee#1"));
  }

  private void deliver(DynamodbEvent.DynamodbStreamRecord record) {
    DynamodbEvent event = new DynamodbEvent();
    event.setRecords(List.of(record));
    assertEquals(List.of(), function.handle(event).getBatchItemFailures());
  }

  @Test
  void withTheLifetimeMeasureSpendingNeverDemotesWithTheBalanceItDoes() {
    CustomerId carla = customer("carla");
    change(carla, 600);
    change(carla, -500);
    drain();
    assertEquals(List.of("bronze"), ids(admin.get("/v1/customers/carla/badges").json().get("held"), "badgeId"),
        "balance measure: 100 points is bronze");

    TestProgram lifetimeProgram = program;
    TestSettings.apply(backend, lifetimeProgram.id(), "{\"badges\":{\"measure\":\"lifetimeEarned\"}}");
    CustomerId dirk = customer("dirk");
    change(dirk, 600);
    change(dirk, -500);
    drain();
    Http.Result dirkBadges = admin.get("/v1/customers/dirk/badges");
    assertEquals("lifetimeEarned", dirkBadges.string("measure"));
    assertEquals(600, dirkBadges.number("measureValue"));
    assertEquals(List.of("silver"), ids(dirkBadges.json().get("held"), "badgeId"), "lifetime 600 keeps silver");
    assertEquals(400, ((Number) map(dirkBadges.json().get("next")).get("pointsMissing")).intValue());
  }

  @Test
  void theSummaryShowsIntroTextLatestTransactionsAndTheCardExpiry() {
    TestSettings.apply(backend, program.id(), "{\"badges\":{\"introText\":\"Welkom bij onze spaarpas\"}}");
    CustomerId eva = customer("eva");
    for (int i = 1; i <= 7; i++) {
      change(eva, i * 10);
    }
    LocalDate expires = LocalDate.of(2028, 3, 31);
    DynamoCardStores.over(backend.stores()).cards().claim(program.id(),
        new Card(eva, "ABCD-EFGH", LocalDate.of(2026, 4, 1), expires, Instant.now()));
    drain();
    Http.Result s = admin.get("/v1/customers/eva/summary");
    assertEquals(200, s.status(), s.toString());
    assertEquals(280, s.number("balance"));
    assertEquals("Welkom bij onze spaarpas", s.string("introText"));
    assertEquals(List.of(70, 60, 50, 40, 30), ((List<Map<String, Object>>) s.json().get("latestTransactions"))
        .stream().map(e -> ((Number) e.get("points")).intValue()).toList(), "the five latest, newest first");
    assertEquals("2028-03-31", map(s.json().get("card")).get("expiresOn"));
    assertEquals(List.of("bronze"), ids(map(s.json().get("badges")).get("held"), "badgeId"));
    assertFalse(map(s.json().get("badges")).containsKey("history"));
    List<Map<String, Object>> rewards = (List<Map<String, Object>>) s.json().get("rewards");
    assertEquals(List.of(true, false), rewards.stream().map(r -> r.get("reachable")).toList());

    CustomerId noCard = customer("frits");
    Http.Result plain = admin.get("/v1/customers/frits/summary");
    assertNull(plain.json().get("card"));
    assertEquals(List.of(), map(plain.json().get("badges")).get("held"));
    assertEquals(100, ((Number) map(map(plain.json().get("badges")).get("next")).get("pointsMissing")).intValue());
    assertEquals(noCard.value(), plain.string("customerId"));
    assertEquals(404, admin.get("/v1/customers/nobody/summary").status());
    assertEquals(404, admin.get("/v1/customers/nobody/badges").status());
  }
}
