package nl.klantpunten.admin;

/** The command line was fine but the command could not be done (unknown program or key): exit code 1. */
final class CommandFailed extends RuntimeException {
  CommandFailed(String message) {
    super(message);
  }
}
