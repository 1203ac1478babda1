package nl.klantpunten.functions.webhooks;

import nl.klantpunten.aws.ops.Metrics;
import java.util.Optional;
import nl.klantpunten.api.ApiException;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.settings.ProgramConfig;
import nl.klantpunten.core.settings.SettingsCache;
import nl.klantpunten.core.store.IntegrationStore;
import nl.klantpunten.core.webhook.Platform;
import nl.klantpunten.core.webhook.WebhookSignature;

/**
 * Authenticates a platform's webhook delivery. WooCommerce and Shopify cannot send our API key, so their routes
 * are public: the program comes from the URL ({@code ?program=prg_…}) and the ONLY proof is the platform's
 * signature over the raw body with the secret the program's admin set. An unknown program, a program without a
 * secret and a wrong signature all get the same 401 (nobody learns which programs exist); nothing is written.
 *
 * <p>The signature is checked over the exact bytes received: a base64 body (API Gateway's form for binary content
 * types) decoded to its bytes, never decoded to text and encoded again.
 */
final class SignedDelivery {
  private final SettingsCache programs;
  private final IntegrationStore secrets;

  SignedDelivery(SettingsCache programs, IntegrationStore secrets) {
    this.programs = programs;
    this.secrets = secrets;
  }

  ProgramConfig verify(ApiRequest request, Platform platform, String signatureHeader) {
    String signature = request.header(signatureHeader);
    if (signature == null || signature.isBlank()) {
      Metrics.count(null, Metrics.WEBHOOK_REFUSED_SIGNATURE, 1);
      throw ApiException.unauthorized("missing " + signatureHeader + " header");
    }
    Optional<ProgramConfig> config = program(request.queryParam("program"));
    Optional<String> secret = config.flatMap(c -> secrets.secret(c.program().id(), platform));
    byte[] body = request.bodyBytes();
    if (secret.isEmpty() || !WebhookSignature.verify(secret.get(), body, signature)) {
      Metrics.count(config.map(c -> c.program().id().value()).orElse(null), Metrics.WEBHOOK_REFUSED_SIGNATURE, 1);
      throw ApiException.unauthorized(
          "the signature does not match (or the program is unknown or has no " + platform.wireName() + " secret)");
    }
    return config.get();
  }

  private Optional<ProgramConfig> program(String value) {
    if (value == null) {
      throw ApiException.unauthorized("name the program in the webhook URL: ?program=prg_…");
    }
    try {
      return programs.find(new ProgramId(value));
    } catch (ValidationException malformed) {
      return Optional.empty();
    }
  }
}
