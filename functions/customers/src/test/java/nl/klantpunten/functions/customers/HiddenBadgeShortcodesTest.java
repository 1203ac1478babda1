package nl.klantpunten.functions.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Clock;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.api.testing.TestSettings;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET /v1/customers/{id}/shortcodes leaves the badge values out while {@code badges.display} is off. */
@ExtendWith(TestBackend.class)
class HiddenBadgeShortcodesTest {

  @Test
  @SuppressWarnings("unchecked")
  void badgeValuesAreLeftOutWhileBadgesAreHidden(Backend backend) {
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP);
    Http admin = new Http(new CustomersFunction(backend), program.admin());
    admin.put("/v1/customers/s1", "{\"email\":\"s@example.com\",\"name\":\"Sam\"}");
    CustomerId sam = new CustomerId("s1");
    backend.stores().ledger().record(program.id(), new BalanceChange(sam, 120, EntryKind.EARN, Reason.MANUAL, "n",
        null, "test", null));
    backend.stores().badges().put(program.id(), new Badge(new BadgeId("bronze"), "Bronze", null, null,
        new PointsRange(50, 149L)));
    backend.stores().badges().put(program.id(), new Badge(new BadgeId("silver"), "Silver", null, null,
        new PointsRange(150, null)));
    new EvaluateBadges(backend.stores().badgeStates(), Clock.systemUTC()).evaluate(program.id(), sam,
        new BadgeEvaluation.Seen(1, 120, 120, 0), BadgeMeasure.BALANCE, backend.stores().badges()
            .catalog(program.id()));
    TestSettings.apply(backend, program.id(), "{\"badges\": {\"display\": false}}");

    Map<String, Object> hidden = (Map<String, Object>) admin.get("/v1/customers/s1/shortcodes").json().get("values");
    assertEquals("120", hidden.get("balance"));
    assertFalse(hidden.containsKey("badge.title"), hidden.toString());
    assertFalse(hidden.containsKey("badge.next.title"));
    assertFalse(hidden.containsKey("badge.next.missing"));

    TestSettings.apply(backend, program.id(), "{\"badges\": {\"display\": true}}");
    Map<String, Object> shown = (Map<String, Object>) admin.get("/v1/customers/s1/shortcodes").json().get("values");
    assertEquals("Bronze", shown.get("badge.title"));
    assertEquals("30", shown.get("badge.next.missing"));
  }
}
