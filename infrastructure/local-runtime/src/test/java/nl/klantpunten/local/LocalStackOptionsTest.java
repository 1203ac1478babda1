package nl.klantpunten.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalStackOptionsTest {
  private static final Map<String, String> NO_ENV = Map.of();

  @Test
  void defaults() {
    LocalStackOptions options = LocalStackOptions.parse(new String[0], NO_ENV::get);
    assertEquals(8080, options.port());
    assertNull(options.dataDir(), "in memory");
    assertEquals(0, options.dynamoPort());
    assertFalse(options.help());
  }

  @Test
  void flagsInBothSpellings() {
    LocalStackOptions options = LocalStackOptions.parse(
        new String[] {"--port", "9090", "--data-dir=local-data", "--dynamodb-port=8001"}, NO_ENV::get);
    assertEquals(9090, options.port());
    assertEquals(Path.of("local-data"), options.dataDir());
    assertEquals(8001, options.dynamoPort());
  }

  @Test
  void environmentPortAndFlagWins() {
    Map<String, String> env = Map.of("KLANTPUNTEN_PORT", "7070");
    assertEquals(7070, LocalStackOptions.parse(new String[0], env::get).port());
    assertEquals(9090, LocalStackOptions.parse(new String[] {"--port", "9090"}, env::get).port());
  }

  @Test
  void mistakesNameWhatIsWrong() {
    assertTrue(message("--port").contains("--port needs a value"));
    assertTrue(message("--port", "http").contains("--port must be a port number"));
    assertTrue(message("--port", "70000").contains("from 0 to 65535"));
    assertTrue(message("--data-dir").contains("--data-dir needs a value"));
    assertTrue(message("--verbose").contains("unknown argument: --verbose"));
    var e = assertThrows(IllegalArgumentException.class,
        () -> LocalStackOptions.parse(new String[0], Map.of("KLANTPUNTEN_PORT", "eighty")::get));
    assertTrue(e.getMessage().contains("KLANTPUNTEN_PORT"), e.getMessage());
  }

  @Test
  void help() {
    assertTrue(LocalStackOptions.parse(new String[] {"--help"}, NO_ENV::get).help());
  }

  private static String message(String... args) {
    return assertThrows(IllegalArgumentException.class, () -> LocalStackOptions.parse(args, NO_ENV::get))
        .getMessage();
  }
}
