package nl.klantpunten.functions.automation;

import static nl.klantpunten.api.Route.post;

import java.util.List;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.api.Roles;

/**
 * Lambda: marketing automation's bulk points actions (POST /v1/automation/points). Each customer's change is its own
 * ledger transaction with a per-customer idempotency key, so a retried request finishes what is left.
 */
public final class AutomationFunction extends HttpFunction {

  public AutomationFunction() {
    this(Backend.fromEnvironment());
  }

  public AutomationFunction(Backend backend) {
    super(backend, List.of(
        post("/v1/automation/points", new PostPointsAutomation(backend.stores().ledger(),
            backend.stores().segments(), backend.stores().settings()), Roles.ADMIN)));
  }
}
