package nl.klantpunten.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.klantpunten.core.auth.ApiKeyRecord;
import nl.klantpunten.core.auth.ApiKeys;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.ApiKeyStore;
import nl.klantpunten.emulators.Emulators;
import nl.klantpunten.emulators.EmulatorsExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** API keys are found by their hash only, and revocation is per program and permanent. */
@ExtendWith(EmulatorsExtension.class)
class ApiKeyStoreTest {
  private static TestTable table;
  private final ApiKeys generator = new ApiKeys(new SecureRandom());
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  @BeforeAll
  static void start(Emulators emulators) {
    table = new TestTable(emulators);
  }

  private ApiKeyStore keys() {
    return table.stores.apiKeys();
  }

  private ApiKeyRecord create(ProgramId program, Role role) {
    ApiKeys.NewKey key = generator.generate();
    ApiKeyRecord record = new ApiKeyRecord(key.keyId(), program, role, key.hash(), "label", now, null);
    keys().create(record);
    return record;
  }

  @Test
  void aKeyIsFoundByItsHashOnly() {
    ProgramId program = table.newProgram();
    ApiKeyRecord created = create(program, Role.WEBSHOP);
    assertEquals(created, keys().findByHash(created.hash()).orElseThrow());
    assertTrue(keys().findByHash(ApiKeys.hash("kp_unknown")).isEmpty());
    assertTrue(keys().findByHash(created.keyId()).isEmpty(), "the key id is no hash");
  }

  @Test
  void revokingMarksBothItemsAndKeepsTheFirstRevocationTime() {
    ProgramId program = table.newProgram();
    ApiKeyRecord key = create(program, Role.ADMIN);
    ApiKeyRecord other = create(program, Role.VENDOR);

    assertTrue(keys().revoke(program, key.keyId(), now.plusSeconds(1)));
    ApiKeyRecord revoked = keys().findByHash(key.hash()).orElseThrow();
    assertFalse(revoked.active());
    assertEquals(now.plusSeconds(1), revoked.revokedAt());

    assertTrue(keys().revoke(program, key.keyId(), now.plusSeconds(99)), "revoking again is harmless");
    assertEquals(now.plusSeconds(1), keys().findByHash(key.hash()).orElseThrow().revokedAt());

    List<ApiKeyRecord> listed = keys().list(program);
    assertEquals(2, listed.size());
    ApiKeyRecord listedRevoked = listed.stream().filter(k -> k.keyId().equals(key.keyId())).findFirst().orElseThrow();
    assertEquals(now.plusSeconds(1), listedRevoked.revokedAt());
    assertTrue(keys().findByHash(other.hash()).orElseThrow().active(), "other keys stay active");
  }

  @Test
  void aProgramCannotRevokeAnotherProgramsKey() {
    ProgramId mine = table.newProgram();
    ProgramId theirs = table.newProgram();
    ApiKeyRecord theirKey = create(theirs, Role.ADMIN);
    assertFalse(keys().revoke(mine, theirKey.keyId(), now));
    assertNull(keys().findByHash(theirKey.hash()).orElseThrow().revokedAt());
    assertEquals(List.of(), keys().list(mine));
  }

  @Test
  void revokingAnUnknownKeyIdSaysSo() {
    assertFalse(keys().revoke(table.newProgram(), "nosuchkey0", now));
  }
}
