package nl.klantpunten.admin;

import java.util.regex.Pattern;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.program.Program;
import nl.klantpunten.core.program.ProgramId;

/** Reads and checks the values of the options several commands share; a bad value is a usage error. */
final class Inputs {
  static final int MAX_LABEL_LENGTH = 100;
  private static final Pattern KEY_ID = Pattern.compile("[0-9a-z]{10}");

  private Inputs() {}

  static ProgramId programId(Invocation invocation) {
    String text = invocation.required("program");
    try {
      return new ProgramId(text);
    } catch (ValidationException e) {
      throw new UsageException("--program: '" + text + "' " + e.errors().get(0).message());
    }
  }

  /** The program, which must exist in the target table. */
  static Program existingProgram(Invocation invocation, Admin admin) {
    ProgramId id = programId(invocation);
    return admin.stores().programs().find(id).orElseThrow(() ->
        new CommandFailed("there is no program " + id + " in " + admin.target().describe()));
  }

  static Role role(Invocation invocation) {
    String text = invocation.required("role");
    try {
      return Role.fromWire(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--role: '" + text + "' is not a role; use admin, webshop or vendor");
    }
  }

  static String keyId(Invocation invocation) {
    String text = invocation.required("key-id");
    if (!KEY_ID.matcher(text).matches()) {
      throw new UsageException("--key-id: '" + text + "' is not a key id (10 lowercase letters or digits, as"
          + " 'key create' and 'key list' print it)");
    }
    return text;
  }

  static String label(Invocation invocation) {
    String text = invocation.optional("label");
    if (text == null) {
      return null;
    }
    String label = text.strip();
    if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH || label.chars().anyMatch(Character::isISOControl)) {
      throw new UsageException("--label: 1-" + MAX_LABEL_LENGTH + " characters, no control characters");
    }
    return label;
  }
}
