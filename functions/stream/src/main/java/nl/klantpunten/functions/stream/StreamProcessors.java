package nl.klantpunten.functions.stream;

import java.util.List;
import nl.klantpunten.api.Backend;
import nl.klantpunten.core.badge.EvaluateBadges;

/** The processors the deployed stream function runs, built once per container. */
public final class StreamProcessors {
  private StreamProcessors() {}

  static List<ChangeProcessor> fromEnvironment() {
    return of(Backend.fromEnvironment());
  }

  /** Every processor of the product, in the order they run. Issues add theirs here. */
  public static List<ChangeProcessor> of(Backend backend) {
    return List.of(
        new BadgeEvaluationProcessor(backend.stores().badges(), backend.stores().settings(),
            new EvaluateBadges(backend.stores().badgeStates(), backend.clock())));
  }
}
