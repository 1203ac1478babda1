package nl.klantpunten.functions.settings;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.error.Violations;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.IntegrationStore;
import nl.klantpunten.core.webhook.Platform;

/**
 * PUT /v1/integrations/{woocommerce|shopify} {secret}: sets the secret the platform signs its webhooks with
 * (WooCommerce: the webhook's "Secret"; Shopify: the app's client secret). The answer confirms it is set and
 * never contains it. At least 16 characters: the secret is all that authenticates a webhook.
 */
final class PutIntegration implements Operation {
  static final int MIN_LENGTH = 16;
  static final int MAX_LENGTH = 512;
  private static final Set<String> FIELDS = Set.of("secret");
  private final IntegrationStore integrations;
  private final Clock clock;

  PutIntegration(IntegrationStore integrations, Clock clock) {
    this.integrations = integrations;
    this.clock = clock;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    Platform platform = Integrations.platform(request.pathParam("platform"));
    String secret = request.json().onlyFields(FIELDS).string("secret");
    Violations v = new Violations();
    if (secret == null || secret.isEmpty()) {
      v.add("secret", "required", "the webhook secret is required");
    } else if (secret.length() < MIN_LENGTH || secret.length() > MAX_LENGTH) {
      v.add("secret", "length", MIN_LENGTH + "-" + MAX_LENGTH + " characters");
    } else if (secret.chars().anyMatch(Character::isISOControl) || !secret.equals(secret.strip())) {
      v.add("secret", "format", "no control characters and no leading or trailing spaces");
    }
    v.throwIfAny();
    ProgramId program = request.principal().programId();
    Instant now = clock.instant();
    integrations.saveSecret(program, platform, secret, now);
    return ApiResponse.ok(Integrations.json(program, platform, now));
  }
}
