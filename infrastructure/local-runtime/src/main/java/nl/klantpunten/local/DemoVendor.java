package nl.klantpunten.local;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Currency;
import nl.klantpunten.api.Backend;
import nl.klantpunten.core.auth.ApiKeyRecord;
import nl.klantpunten.core.auth.ApiKeys;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.card.CardProgramSettings;
import nl.klantpunten.core.program.Program;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.core.store.CardProgramStore;

/**
 * The vendor the local stack offers next to the demo webshop: a loyalty-card program with its enrolment link set up
 * (slug {@value #SLUG}, 50 welcome points), so the card story can be tried at once. Like the webshop it has a fixed
 * id and every start mints a fresh vendor key; card settings saved by the user over kept data are left as they are.
 *
 * @param vendorKey the new vendor key in clear text: shown once
 */
record DemoVendor(Program program, String vendorKey) {
  static final ProgramId ID = new ProgramId("prg_demobakery");
  static final String NAME = "Demo bakery";
  static final String SLUG = "demo-bakery";

  static DemoVendor prepare(Backend backend, CardProgramStore cardPrograms) {
    Instant now = backend.clock().instant();
    Program program = backend.stores().programs().find(ID).orElse(null);
    if (program == null) {
      program = new Program(ID, NAME, ProgramKind.VENDOR, Currency.getInstance("EUR"), now);
      backend.stores().programs().create(program);
    }
    if (cardPrograms.find(ID).isEmpty()) {
      cardPrograms.save(ID, CardProgramSettings.parse(SLUG, "http://localhost/demo-bakery/klant", null, 50L, null,
          null, "Europe/Amsterdam"), 0, now);
    }
    ApiKeys.NewKey key = new ApiKeys(new SecureRandom()).generate();
    backend.stores().apiKeys().create(new ApiKeyRecord(key.keyId(), ID, Role.VENDOR, key.hash(),
        "local stack, started " + now, now, null));
    return new DemoVendor(program, key.key());
  }
}
