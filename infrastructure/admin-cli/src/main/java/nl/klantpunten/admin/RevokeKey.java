package nl.klantpunten.admin;

import java.io.PrintStream;
import java.util.List;
import nl.klantpunten.core.program.ProgramId;

/**
 * {@code key revoke}: the key stops working. Running functions remember a key they have seen for up to the
 * authenticator's cache time (60 s), so a revocation takes full effect within that time.
 */
final class RevokeKey implements Command {
  @Override
  public String name() {
    return "key revoke";
  }

  @Override
  public List<String> options() {
    return List.of("program", "key-id");
  }

  @Override
  public void run(Invocation invocation, Admin admin, PrintStream out, PrintStream err) {
    ProgramId program = Inputs.programId(invocation);
    String keyId = Inputs.keyId(invocation);
    if (!admin.stores().apiKeys().revoke(program, keyId, admin.clock().instant())) {
      throw new CommandFailed("program " + program + " has no key " + keyId + " in " + admin.target().describe());
    }
    out.println("revoked: " + keyId);
    err.println("key " + keyId + " of " + program + " is revoked; functions that cached it refuse it within 60 s");
  }
}
