package nl.klantpunten.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Size of every function's deployable ({@code functions/*}{@code /target/*-lambda.jar}): megabytes, class count and
 * the packages that weigh most, since what a jar carries is what a cold start may have to open and verify.
 */
final class ArtifactPhase {
  private final Path repo;

  ArtifactPhase(Path repo) {
    this.repo = repo;
  }

  Map<String, Object> run() throws IOException {
    Table table = new Table("deployables", "jar", "MB", "classes", "largest packages (compressed MB)");
    Map<String, Object> json = new LinkedHashMap<>();
    List<Path> jars;
    try (var modules = Files.list(repo.resolve("functions"))) {
      jars = modules.map(m -> m.resolve("target")).filter(Files::isDirectory).flatMap(ArtifactPhase::lambdaJars)
          .sorted().toList();
    }
    for (Path jar : jars) {
      long bytes = Files.size(jar);
      int classes = 0;
      Map<String, Long> byPackage = new HashMap<>();
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        for (ZipEntry e : zip.stream().toList()) {
          if (e.getName().endsWith(".class")) {
            classes++;
          }
          if (!e.isDirectory()) {
            byPackage.merge(group(e.getName()), Math.max(0, e.getCompressedSize()), Long::sum);
          }
        }
      }
      List<Map.Entry<String, Long>> largest = byPackage.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(4).toList();
      String name = jar.getFileName().toString();
      table.row(name, mb(bytes), Integer.toString(classes), largest.stream()
          .map(e -> e.getKey() + " " + mb(e.getValue())).collect(Collectors.joining(", ")));
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("bytes", bytes);
      row.put("mb", Double.parseDouble(mb(bytes)));
      row.put("classes", classes);
      Map<String, Object> packages = new LinkedHashMap<>();
      largest.forEach(e -> packages.put(e.getKey(), e.getValue()));
      row.put("largestPackagesBytes", packages);
      json.put(name, row);
    }
    table.print();
    return json;
  }

  private static java.util.stream.Stream<Path> lambdaJars(Path target) {
    try {
      return Files.list(target).filter(p -> p.getFileName().toString().endsWith("-lambda.jar")).toList().stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The package group of an entry: its first three folders (com/fasterxml/jackson), one more inside the AWS SDK
   * (software/amazon/awssdk/core) and two more for an SDK service (software/amazon/awssdk/services/dynamodb).
   */
  static String group(String entry) {
    String[] parts = entry.split("/");
    int wanted = 3;
    if (entry.startsWith("software/amazon/awssdk/")) {
      wanted = entry.startsWith("software/amazon/awssdk/services/") ? 5 : 4;
    }
    int depth = Math.min(parts.length - 1, wanted);
    return depth <= 0 ? "(root)" : String.join("/", java.util.Arrays.copyOf(parts, depth));
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.2f", bytes / 1024.0 / 1024.0);
  }
}
