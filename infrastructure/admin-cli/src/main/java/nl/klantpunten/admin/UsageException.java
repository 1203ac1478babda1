package nl.klantpunten.admin;

/** The command line itself is wrong (unknown command, missing or malformed flag): help is shown, exit code 2. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
