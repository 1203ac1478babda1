package nl.klantpunten.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.klantpunten.core.auth.ApiKeyRecord;
import nl.klantpunten.core.program.ProgramId;

/** API keys, stored by the SHA-256 of the key; one read authenticates a request. */
public interface ApiKeyStore {
  void create(ApiKeyRecord key);

  Optional<ApiKeyRecord> findByHash(String hash);

  /** Marks the key revoked; false when the program has no key with that id. */
  boolean revoke(ProgramId programId, String keyId, Instant at);

  List<ApiKeyRecord> list(ProgramId programId);
}
