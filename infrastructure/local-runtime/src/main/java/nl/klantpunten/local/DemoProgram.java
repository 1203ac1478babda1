package nl.klantpunten.local;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Currency;
import nl.klantpunten.api.Backend;
import nl.klantpunten.core.auth.ApiKeyRecord;
import nl.klantpunten.core.auth.ApiKeys;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.program.Program;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.program.ProgramKind;

/**
 * The program the local stack offers to try things with. It has a fixed id, so a restart over kept data finds it
 * again; because keys are stored only as hashes, every start mints a fresh admin key to print (earlier keys keep
 * working).
 *
 * @param created true when this start created the program, false when it was already there
 * @param adminKey the new admin key in clear text: shown once
 */
record DemoProgram(Program program, boolean created, String adminKey) {
  static final ProgramId ID = new ProgramId("prg_demowebshop");
  static final String NAME = "Demo webshop";

  static DemoProgram prepare(Backend backend) {
    Instant now = backend.clock().instant();
    Program existing = backend.stores().programs().find(ID).orElse(null);
    Program program = existing != null ? existing
        : new Program(ID, NAME, ProgramKind.SHOP, Currency.getInstance("EUR"), now);
    if (existing == null) {
      backend.stores().programs().create(program);
    }
    ApiKeys.NewKey key = new ApiKeys(new SecureRandom()).generate();
    backend.stores().apiKeys().create(new ApiKeyRecord(key.keyId(), ID, Role.ADMIN, key.hash(),
        "local stack, started " + now, now, null));
    return new DemoProgram(program, existing == null, key.key());
  }
}
