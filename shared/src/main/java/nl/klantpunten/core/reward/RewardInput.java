package nl.klantpunten.core.reward;

import java.util.Map;
import java.util.Set;
import nl.klantpunten.core.badge.Texts;
import nl.klantpunten.core.error.Violations;
import nl.klantpunten.core.settings.FieldReader;

/** The body of {@code PUT /v1/rewards/{rewardId}}: {name, pointsRequired, description}. */
public final class RewardInput {
  public static final int MAX_NAME = 80;
  public static final int MAX_DESCRIPTION = 500;
  public static final long MAX_POINTS = 1_000_000_000L;
  private static final Set<String> FIELDS = Set.of("rewardId", "name", "pointsRequired", "description");

  private RewardInput() {}

  public static Reward parse(RewardId id, Map<String, Object> body) {
    Violations v = new Violations();
    FieldReader in = new FieldReader(body, "", v).only(FIELDS);
    String bodyId = in.text("rewardId");
    if (bodyId != null && !bodyId.equals(id.value())) {
      v.add("rewardId", "mismatch", "must equal the reward id in the path, or be left out");
    }
    String name = Texts.required(in, v, "name", MAX_NAME);
    String description = Texts.optional(in, v, "description", MAX_DESCRIPTION);
    Long points = in.whole("pointsRequired");
    if (points == null && !in.has("pointsRequired")) {
      v.add("pointsRequired", "required", "the points the reward costs are required");
    } else if (points != null && (points < 1 || points > MAX_POINTS)) {
      v.add("pointsRequired", "range", "must be a whole number from 1 to " + MAX_POINTS);
    }
    v.throwIfAny();
    return new Reward(id, name, points, description);
  }
}
