package nl.klantpunten.core.auth;

import java.time.Instant;
import nl.klantpunten.core.program.ProgramId;

/** What is stored of an API key: never the key itself, only its SHA-256 hash. */
public record ApiKeyRecord(
    String keyId, ProgramId programId, Role role, String hash, String label, Instant createdAt, Instant revokedAt) {

  public boolean active() {
    return revokedAt == null;
  }

  public Principal principal() {
    return new Principal(programId, role, keyId);
  }
}
