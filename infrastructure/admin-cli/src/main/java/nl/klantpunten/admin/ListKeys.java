package nl.klantpunten.admin;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import nl.klantpunten.core.auth.ApiKeyRecord;
import nl.klantpunten.core.program.Program;

/** {@code key list}: a program's keys, oldest first: id, role, status, label, created and revoked times. Never hashes. */
final class ListKeys implements Command {
  private static final String ROW = "%-10s  %-7s  %-7s  %-20s  %-20s  %s%n";

  @Override
  public String name() {
    return "key list";
  }

  @Override
  public List<String> options() {
    return List.of("program");
  }

  @Override
  public void run(Invocation invocation, Admin admin, PrintStream out, PrintStream err) {
    Program program = Inputs.existingProgram(invocation, admin);
    List<ApiKeyRecord> keys = admin.stores().apiKeys().list(program.id()).stream()
        .sorted(Comparator.comparing(ApiKeyRecord::createdAt).thenComparing(ApiKeyRecord::keyId))
        .toList();
    out.printf(ROW, "KEY ID", "ROLE", "STATUS", "CREATED", "REVOKED", "LABEL");
    for (ApiKeyRecord key : keys) {
      out.printf(ROW, key.keyId(), key.role().wireName(), key.active() ? "active" : "revoked",
          time(key.createdAt()), time(key.revokedAt()), key.label() == null ? "" : key.label());
    }
    err.println(keys.size() + " key(s) of " + program.id() + " ('" + program.name() + "')");
  }

  private static String time(Instant at) {
    return at == null ? "-" : at.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
