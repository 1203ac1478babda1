package nl.klantpunten.functions.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.badge.Badge;
import nl.klantpunten.core.badge.BadgeEvaluation;
import nl.klantpunten.core.badge.BadgeId;
import nl.klantpunten.core.badge.BadgeMeasure;
import nl.klantpunten.core.badge.EvaluateBadges;
import nl.klantpunten.core.badge.PointsRange;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.core.reward.Reward;
import nl.klantpunten.core.reward.RewardId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** emailOptIn on PUT /v1/customers/{id} and GET /v1/customers/{id}/shortcodes, through the real handler. */
@ExtendWith(TestBackend.class)
class ShortcodesAndOptInTest {
  private Backend backend;
  private TestProgram program;
  private Http admin;

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.SHOP);
    admin = new Http(new CustomersFunction(backend), program.admin());
  }

  @Test
  void emailOptInDefaultsToYesAndIsKeptWhenLeftOut() {
    assertEquals(true, admin.put("/v1/customers/k1", "{\"email\":\"k@example.com\",\"name\":\"K\"}").json()
        .get("emailOptIn"));
    assertEquals(false, admin.put("/v1/customers/k1",
        "{\"email\":\"k@example.com\",\"name\":\"K\",\"emailOptIn\":false}").json().get("emailOptIn"));
    assertEquals(false, admin.put("/v1/customers/k1", "{\"email\":\"k@example.com\",\"name\":\"K2\"}").json()
        .get("emailOptIn"), "a PUT without the field keeps the customer's choice");
    assertEquals(false, admin.get("/v1/customers/k1").json().get("emailOptIn"));
    assertEquals("emailOptIn", admin.put("/v1/customers/k1",
        "{\"email\":\"k@example.com\",\"name\":\"K\",\"emailOptIn\":\"no\"}").problemField());
  }

  @Test
  @SuppressWarnings("unchecked")
  void shortcodesGiveTheCurrentValuesUnderTheTemplatesNames() {
    admin.put("/v1/customers/s1", "{\"email\":\"s@example.com\",\"name\":\"Sam\"}");
    CustomerId sam = new CustomerId("s1");
    backend.stores().ledger().record(program.id(), new BalanceChange(sam, 120, EntryKind.EARN,
        Reason.MANUAL, "n", null, "test", null));
    backend.stores().ledger().record(program.id(), new BalanceChange(sam, -20, EntryKind.SPEND,
        Reason.REDEMPTION, "n", null, "test", null));
    backend.stores().badges().put(program.id(), new Badge(new BadgeId("bronze"), "Bronze", null, null,
        new PointsRange(50, 149L)));
    backend.stores().badges().put(program.id(), new Badge(new BadgeId("silver"), "Silver", null, null,
        new PointsRange(150, null)));
    backend.stores().rewards().put(program.id(), new Reward(new RewardId("coffee"), "Coffee", 80, null));
    backend.stores().rewards().put(program.id(), new Reward(new RewardId("cake"), "Cake", 130, null));
    backend.stores().rewards().put(program.id(), new Reward(new RewardId("dinner"), "Dinner", 900, null));
    // the badge evaluation, as the stream function runs it after the last change (balance version 2)
    new EvaluateBadges(backend.stores().badgeStates(), Clock.systemUTC()).evaluate(program.id(), sam,
        new BadgeEvaluation.Seen(2, 100, 120, 120), BadgeMeasure.BALANCE, backend.stores().badges()
            .catalog(program.id()));

    Http.Result codes = admin.get("/v1/customers/s1/shortcodes");

    assertEquals(200, codes.status(), codes.toString());
    Map<String, Object> values = (Map<String, Object>) codes.json().get("values");
    assertEquals("Sam", values.get("customer.name"));
    assertEquals("Test " + program.id().value(), values.get("program.name"));
    assertEquals("100", values.get("balance"));
    assertEquals("120", values.get("points.lifetime"));
    assertEquals("Bronze", values.get("badge.title"));
    assertEquals("Silver", values.get("badge.next.title"));
    assertEquals("50", values.get("badge.next.missing"));
    assertEquals("Cake", values.get("reward.name"), "the nearest reward not yet reachable");
    assertEquals("130", values.get("reward.points"));
    assertEquals("30", values.get("points.missing"));
    assertEquals("1", values.get("rewards.reachable"));
    assertEquals(404, admin.get("/v1/customers/nobody/shortcodes").status());
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCustomerWithoutBadgesOrRewardsGetsNoEmptyValues() {
    admin.put("/v1/customers/s2", "{\"email\":\"t@example.com\",\"name\":\"Tess\"}");
    Map<String, Object> values = (Map<String, Object>) admin.get("/v1/customers/s2/shortcodes").json()
        .get("values");
    assertEquals(Map.of("customer.name", "Tess", "program.name", "Test " + program.id().value(), "balance", "0",
        "points.lifetime", "0", "rewards.reachable", "0"), values);
  }
}
