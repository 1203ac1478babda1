package nl.klantpunten.admin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One parsed command line: the command words ({@code key create}), the {@code --name value} options (also written
 * {@code --name=value}) and the switches that take no value. Anything malformed is a {@link UsageException}; which
 * options a command accepts is checked by {@link #allowOnly}.
 */
record Invocation(String command, Map<String, String> options, Set<String> switches) {
  /** Options every command accepts: where the table is. */
  static final List<String> CONNECTION_OPTIONS = List.of("endpoint", "table", "region", "profile");
  static final Set<String> SWITCHES = Set.of("create-table", "help");

  static Invocation parse(String[] args) {
    List<String> words = new ArrayList<>();
    Map<String, String> options = new LinkedHashMap<>();
    java.util.Set<String> switches = new java.util.LinkedHashSet<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("-h")) {
        switches.add("help");
      } else if (arg.startsWith("--")) {
        String name = arg.substring(2);
        String value = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        if (name.isEmpty()) {
          throw new UsageException("'" + arg + "' is not an option");
        }
        if (SWITCHES.contains(name)) {
          if (value != null) {
            throw new UsageException("--" + name + " takes no value");
          }
          switches.add(name);
          continue;
        }
        if (value == null) {
          if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            throw new UsageException("--" + name + " needs a value");
          }
          value = args[++i];
        }
        if (options.put(name, value) != null) {
          throw new UsageException("--" + name + " is given more than once");
        }
      } else if (arg.startsWith("-") && arg.length() > 1) {
        throw new UsageException("'" + arg + "' is not an option; options start with --");
      } else {
        words.add(arg);
      }
    }
    return new Invocation(String.join(" ", words), Collections.unmodifiableMap(options),
        Collections.unmodifiableSet(switches));
  }

  boolean wantsHelp() {
    return switches.contains("help") || command.equals("help");
  }

  /** Refuses options this command does not know (connection options are always allowed). */
  void allowOnly(List<String> commandOptions) {
    for (String name : options.keySet()) {
      if (!commandOptions.contains(name) && !CONNECTION_OPTIONS.contains(name)) {
        throw new UsageException("'" + command + "' has no option --" + name);
      }
    }
  }

  String required(String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new UsageException("'" + command + "' needs --" + name);
    }
    return value;
  }

  String optional(String name) {
    return options.get(name);
  }
}
