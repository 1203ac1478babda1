package nl.klantpunten.functions.checkout;

import static nl.klantpunten.functions.checkout.CheckoutFixture.line;
import static nl.klantpunten.functions.checkout.CheckoutFixture.quoteBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.core.badge.Badge;
import nl.klantpunten.core.badge.BadgeEvaluation;
import nl.klantpunten.core.badge.BadgeId;
import nl.klantpunten.core.badge.BadgeMeasure;
import nl.klantpunten.core.badge.Catalog;
import nl.klantpunten.core.badge.EvaluateBadges;
import nl.klantpunten.core.badge.PointsRange;
import nl.klantpunten.core.customer.CustomerId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The quote reports the discount a held badge gives (issue 5, part 5), separate from the points: the best rule of
 * the badges the customer holds by the evaluated badge state, on the whole cart, rounded down.
 */
@ExtendWith(TestBackend.class)
class CheckoutBadgeDiscountTest {
  private static final String SETTINGS = "{\"redemption\": {\"enabled\": true}, \"badges\": {\"discounts\": ["
      + "{\"badgeIds\": [\"silver\"], \"fixedAmount\": \"2.50\"}, {\"badgeIds\": [\"gold\"], \"percent\": 10}]}}";
  private static final Badge SILVER = new Badge(new BadgeId("silver"), "Silver", null, null, new PointsRange(500, 999L));
  private static final Badge GOLD = new Badge(new BadgeId("gold"), "Gold", null, null, new PointsRange(1000, null));

  private void holds(CheckoutFixture f, String customer, long points) {
    f.customer(customer, points);
    new EvaluateBadges(f.backend.stores().badgeStates(), Clock.systemUTC()).evaluate(f.program.id(),
        new CustomerId(customer), new BadgeEvaluation.Seen(1, points, points, 0), BadgeMeasure.BALANCE,
        new Catalog(List.of(SILVER, GOLD), List.of()));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> badgeDiscount(Http.Result quote) {
    return (Map<String, Object>) quote.json().get("badgeDiscount");
  }

  @Test
  void aHeldBadgeGivesItsRulesDiscountNextToThePoints(Backend backend) {
    CheckoutFixture f = new CheckoutFixture(backend, SETTINGS);
    holds(f, "goldie", 1200);
    Http.Result q = f.shop.post("/v1/checkout/quote", quoteBody("goldie", null, line("mug", 3, "12.49", false)));
    assertEquals(200, q.status(), q.toString());
    assertEquals(Map.of("badgeId", "gold", "amount", "3.74", "percent", 10), badgeDiscount(q),
        "10 % of 37.47 is 3.747, rounded down");
    assertEquals(1200, q.number("maxPoints"), "the points part is unchanged: " + q);
  }

  @Test
  void aFixedRuleAppliesToItsBadgeAndNeverExceedsTheCart(Backend backend) {
    CheckoutFixture f = new CheckoutFixture(backend, SETTINGS);
    holds(f, "sil", 600);
    var big = f.shop.post("/v1/checkout/quote", quoteBody("sil", null, line("mug", 1, "20.00", false)));
    assertEquals(Map.of("badgeId", "silver", "amount", "2.50", "fixedAmount", "2.50"), badgeDiscount(big));
    var small = f.shop.post("/v1/checkout/quote", quoteBody("sil", null, line("gum", 1, "1.20", false)));
    assertEquals("1.20", badgeDiscount(small).get("amount"), "at most the cart");
  }

  @Test
  void noBadgeOrNoRulesMeansNoBadgeDiscount(Backend backend) {
    CheckoutFixture f = new CheckoutFixture(backend, SETTINGS);
    holds(f, "newbie", 100);
    var none = f.shop.post("/v1/checkout/quote", quoteBody("newbie", null, line("mug", 1, "20.00", false)));
    assertEquals(200, none.status(), none.toString());
    assertNull(badgeDiscount(none), none.toString());

    CheckoutFixture noRules = new CheckoutFixture(backend);
    holds(noRules, "goldie", 1200);
    var withoutRules = noRules.shop.post("/v1/checkout/quote",
        quoteBody("goldie", null, line("mug", 1, "20.00", false)));
    assertNull(badgeDiscount(withoutRules), withoutRules.toString());
  }
}
