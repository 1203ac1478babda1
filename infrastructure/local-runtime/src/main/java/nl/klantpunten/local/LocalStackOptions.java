package nl.klantpunten.local;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * The local stack's command line. Flags win over the environment.
 *
 * @param port HTTP port on 127.0.0.1 ({@code --port}, else {@code KLANTPUNTEN_PORT}, else 8080; 0: any free port)
 * @param dataDir where DynamoDB Local keeps its data ({@code --data-dir}); null: in memory, gone at exit
 * @param dynamoPort DynamoDB Local's port ({@code --dynamodb-port}); 0: any free port
 * @param help {@code --help} was given
 */
record LocalStackOptions(int port, Path dataDir, int dynamoPort, boolean help) {
  static final int DEFAULT_PORT = 8080;
  static final String PORT_VARIABLE = "KLANTPUNTEN_PORT";
  static final String USAGE = """
      Usage: bin/local-stack [--port N] [--data-dir DIR] [--dynamodb-port N]
        --port N           HTTP port on 127.0.0.1 (default: $KLANTPUNTEN_PORT, else 8080; 0 picks a free port)
        --data-dir DIR     keep DynamoDB Local's data in DIR across restarts (default: in memory)
        --dynamodb-port N  port of the embedded DynamoDB Local (default: a free port)
        --help             this text""";

  /**
   * @param environment looks up an environment variable (null when unset)
   * @throws IllegalArgumentException naming the flag or variable that is wrong
   */
  static LocalStackOptions parse(String[] args, Function<String, String> environment) {
    String envPort = environment.apply(PORT_VARIABLE);
    int port = envPort == null || envPort.isBlank() ? DEFAULT_PORT : port(PORT_VARIABLE, envPort);
    Path dataDir = null;
    int dynamoPort = 0;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
      switch (name) {
        case "--help", "-h" -> help = true;
        case "--port" -> port = port(name, inline != null ? inline : value(args, ++i, name));
        case "--dynamodb-port" -> dynamoPort = port(name, inline != null ? inline : value(args, ++i, name));
        case "--data-dir" -> {
          String dir = inline != null ? inline : value(args, ++i, name);
          if (dir.isBlank()) {
            throw new IllegalArgumentException("--data-dir needs a directory");
          }
          dataDir = Path.of(dir);
        }
        default -> throw new IllegalArgumentException("unknown argument: " + arg);
      }
    }
    return new LocalStackOptions(port, dataDir, dynamoPort, help);
  }

  private static String value(String[] args, int index, String flag) {
    if (index >= args.length) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return args[index];
  }

  private static int port(String source, String text) {
    try {
      int port = Integer.parseInt(text.strip());
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(source + " must be a port number from 0 to 65535, got '" + text + "'");
  }
}
