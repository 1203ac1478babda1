package nl.klantpunten.core.store;

import java.time.Instant;
import java.util.Optional;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.webhook.Platform;

/**
 * The webhook secrets of a program's shop platforms, each in an item of its own (never inside the settings item,
 * so no settings read can return one). Only the webhook signature check reads a secret back.
 */
public interface IntegrationStore {

  void saveSecret(ProgramId programId, Platform platform, String secret, Instant at);

  /** The secret to verify this platform's signatures with; empty when the admin never set one. */
  Optional<String> secret(ProgramId programId, Platform platform);

  /** When the secret was last set; empty when never. Never the secret itself. */
  Optional<Instant> configuredAt(ProgramId programId, Platform platform);
}
