package nl.klantpunten.admin;

import java.io.PrintStream;
import java.util.List;

/** One use case of the command line: its words ({@code key create}), the options it takes, and what it does. */
interface Command {
  String name();

  /** Options besides the connection options; anything else is a usage error. */
  List<String> options();

  /** Runs the command; what the user needs to keep goes to {@code out}, notes for people to {@code err}. */
  void run(Invocation invocation, Admin admin, PrintStream out, PrintStream err);
}
