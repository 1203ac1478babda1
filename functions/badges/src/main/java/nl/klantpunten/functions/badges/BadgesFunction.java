package nl.klantpunten.functions.badges;

import static nl.klantpunten.api.Route.delete;
import static nl.klantpunten.api.Route.get;
import static nl.klantpunten.api.Route.post;
import static nl.klantpunten.api.Route.put;

import java.util.List;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.api.Roles;
import nl.klantpunten.api.Route;
import nl.klantpunten.core.badge.ReadCustomerBadges;
import nl.klantpunten.core.badge.ReadSummary;
import nl.klantpunten.core.reward.ClaimReward;
import nl.klantpunten.dynamodb.DynamoStores;

/**
 * Lambda (issue 5): the badge and reward catalogs, a customer's badges, reward claims and the "My points" summary.
 * One function because all of it reads the same catalog items and none of it is on a hot path of its own; the
 * evaluation of badges runs in the stream function (BadgeEvaluationProcessor), not here.
 */
public final class BadgesFunction extends HttpFunction {

  public BadgesFunction() {
    this(Backend.fromEnvironment());
  }

  public BadgesFunction(Backend backend) {
    super(backend, routes(backend));
  }

  private static List<Route> routes(Backend backend) {
    DynamoStores s = backend.stores();
    return List.of(
        get("/v1/badges", new ListBadges(s.badges()), Roles.ANY),
        get("/v1/badges/{badgeId}", new GetBadge(s.badges()), Roles.ANY),
        put("/v1/badges/{badgeId}", new PutBadge(s.badges()), Roles.ADMIN),
        delete("/v1/badges/{badgeId}", new DeleteBadge(s.badges()), Roles.ADMIN),
        get("/v1/rewards", new ListRewards(s.badges()), Roles.ANY),
        get("/v1/rewards/{rewardId}", new GetReward(s.rewards()), Roles.ANY),
        put("/v1/rewards/{rewardId}", new PutReward(s.badges(), s.rewards()), Roles.ADMIN_OR_VENDOR),
        delete("/v1/rewards/{rewardId}", new DeleteReward(s.rewards()), Roles.ADMIN_OR_VENDOR),
        get("/v1/customers/{customerId}/badges",
            new GetCustomerBadges(new ReadCustomerBadges(s.ledger(), s.badges(), s.badgeStates(), s.settings())),
            Roles.ANY),
        post("/v1/customers/{customerId}/rewards/{rewardId}/claim",
            new ClaimRewardOperation(new ClaimReward(s.rewards(), s.ledger(), s.settings())), Roles.ANY),
        get("/v1/customers/{customerId}/summary", new GetSummary(new ReadSummary(s.summaries())), Roles.ANY));
  }
}
