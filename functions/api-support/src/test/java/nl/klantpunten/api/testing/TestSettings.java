package nl.klantpunten.api.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.Json;
import nl.klantpunten.core.earning.ProductEarning;
import nl.klantpunten.core.earning.ProductId;
import nl.klantpunten.core.program.Program;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.settings.ProgramSettings;
import nl.klantpunten.core.settings.SettingsInput;
import nl.klantpunten.core.webhook.Platform;

/**
 * Configures a test program the way PUT /v1/settings, PUT /v1/products/{id}/earning and PUT
 * /v1/integrations/{platform} do (same parsing, same stores), for tests of functions that only read them.
 */
public final class TestSettings {
  private TestSettings() {}

  /** Applies a settings document such as {@code {"earning": {"ratio": {"points": 10, "amount": "5.00"}}}}. */
  public static ProgramSettings apply(Backend backend, ProgramId program, String json) {
    Program p = backend.stores().programs().find(program).orElseThrow();
    ProgramSettings current = backend.stores().settings().load(program);
    try {
      ProgramSettings next = SettingsInput.apply(current, Json.readObject(json), p.currency());
      return backend.stores().settings().replace(program, next, current.version(), "test", Instant.now())
          .orElseThrow(() -> new IllegalStateException("settings changed during the test's setup"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Gives a product its own rule, e.g. {@code {"mode": "fixed", "value": 5}}. */
  public static void productRule(Backend backend, ProgramId program, String productId, String json) {
    try {
      backend.stores().productEarning().put(program, new ProductId(productId),
          ProductEarning.parse(Json.readObject(json)), Instant.now());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void secret(Backend backend, ProgramId program, Platform platform, String secret) {
    backend.stores().integrations().saveSecret(program, platform, secret, Instant.now());
  }
}
