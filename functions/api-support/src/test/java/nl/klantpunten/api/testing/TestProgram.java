package nl.klantpunten.api.testing;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.core.auth.ApiKeyRecord;
import nl.klantpunten.core.auth.ApiKeys;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.program.Program;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.program.ProgramKind;

/** A fresh program (tenant) with one key per role, so each test has data of its own in the shared table. */
public record TestProgram(ProgramId id, Map<Role, String> keys) {

  public static TestProgram create(Backend backend, ProgramKind kind) {
    return create(backend, kind, Currency.getInstance("EUR"));
  }

  /** A program in another currency (JPY and CLP have no minor unit, USD for platform samples). */
  public static TestProgram create(Backend backend, ProgramKind kind, Currency currency) {
    ProgramId id = new ProgramId(backend.ids().next("prg_").toLowerCase());
    Instant now = Clock.systemUTC().instant();
    backend.stores().programs().create(new Program(id, "Test " + id, kind, currency, now));
    ApiKeys generator = new ApiKeys(new SecureRandom());
    Map<Role, String> keys = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      ApiKeys.NewKey key = generator.generate();
      backend.stores().apiKeys().create(new ApiKeyRecord(key.keyId(), id, role, key.hash(), role.wireName(), now, null));
      keys.put(role, key.key());
    }
    return new TestProgram(id, keys);
  }

  public String key(Role role) {
    return keys.get(role);
  }

  public String admin() {
    return key(Role.ADMIN);
  }
}
