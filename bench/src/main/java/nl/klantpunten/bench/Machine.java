package nl.klantpunten.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The machine the figures were taken on, recorded with them: core count, memory, JVM, and the load average (other
 * builds on a shared machine move every figure).
 */
final class Machine {
  private Machine() {}

  static Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("memTotal", memTotal());
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
    m.put("loadAverageBefore", loadAverage());
    return m;
  }

  static String summary() {
    Map<String, Object> m = describe();
    return m.get("cores") + " cores, " + m.get("memTotal") + ", " + m.get("java") + ", load average "
        + m.get("loadAverageBefore");
  }

  static String loadAverage() {
    return read("/proc/loadavg").map(s -> String.join(" ", java.util.Arrays.copyOf(s.trim().split(" "), 3)))
        .orElse("unknown");
  }

  private static String memTotal() {
    return read("/proc/meminfo").flatMap(s -> s.lines().filter(l -> l.startsWith("MemTotal:")).findFirst())
        .map(l -> l.replace("MemTotal:", "").trim()).orElse("unknown");
  }

  private static java.util.Optional<String> read(String file) {
    try {
      return java.util.Optional.of(Files.readString(Path.of(file)));
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }
}
