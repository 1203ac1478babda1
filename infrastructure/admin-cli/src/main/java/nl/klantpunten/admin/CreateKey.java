package nl.klantpunten.admin;

import java.io.PrintStream;
import java.util.List;
import nl.klantpunten.core.auth.ApiKeyRecord;
import nl.klantpunten.core.auth.ApiKeys;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.program.Program;

/**
 * {@code key create}: a new API key for a program. The key is printed here once and never again: only its SHA-256
 * is stored, so nobody (this tool included) can show it later. The key id names it in lists and revocation.
 */
final class CreateKey implements Command {
  @Override
  public String name() {
    return "key create";
  }

  @Override
  public List<String> options() {
    return List.of("program", "role", "label");
  }

  @Override
  public void run(Invocation invocation, Admin admin, PrintStream out, PrintStream err) {
    Role role = Inputs.role(invocation);
    String label = Inputs.label(invocation);
    Program program = Inputs.existingProgram(invocation, admin);
    ApiKeys.NewKey key = admin.keys().generate();
    admin.stores().apiKeys().create(new ApiKeyRecord(key.keyId(), program.id(), role, key.hash(), label,
        admin.clock().instant(), null));
    out.println("keyId: " + key.keyId());
    out.println("key: " + key.key());
    err.println("created a key with role " + role.wireName() + " for " + program.id() + " ('" + program.name() + "')."
        + " Store the key now: it is shown only this once.");
  }
}
