package nl.klantpunten.functions.settings;

import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.IntegrationStore;
import nl.klantpunten.core.webhook.Platform;

/** GET /v1/integrations/{platform}: whether a webhook secret is set and where the platform should send orders. */
final class GetIntegration implements Operation {
  private final IntegrationStore integrations;

  GetIntegration(IntegrationStore integrations) {
    this.integrations = integrations;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    Platform platform = Integrations.platform(request.pathParam("platform"));
    ProgramId program = request.principal().programId();
    return ApiResponse.ok(Integrations.json(program, platform,
        integrations.configuredAt(program, platform).orElse(null)));
  }
}
