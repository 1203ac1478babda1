package nl.klantpunten.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * template.yaml passes the real linter, `cfn-lint` (with the SAM translator it bundles): no error and no warning. Where
 * cfn-lint is not on the PATH these tests are reported skipped with that reason, never passed. A tiny template on a
 * retired runtime shows that a failing lint does fail here.
 */
class CfnLintTest {
  /** cfn-lint's exit code is a bit set: 2 errors, 4 warnings, 8 informational findings (not shown by default). */
  private static final int ERRORS = 2;
  private static final int WARNINGS = 4;

  private static Optional<Path> cfnLint;

  @BeforeAll
  static void findCfnLint() {
    cfnLint = onPath("cfn-lint");
  }

  @Test
  void theTemplateHasNoErrorOrWarning() {
    assumeCfnLint();
    Lint lint = lint(MavenModules.repositoryRoot().resolve("template.yaml"));
    assertTrue((lint.exitCode() & (ERRORS | WARNINGS)) == 0 && lint.exitCode() != 1,
        "cfn-lint template.yaml exited " + lint.exitCode() + ":\n" + lint.output());
  }

  @Test
  void aFunctionOnARetiredRuntimeFailsTheLint(@TempDir Path dir) throws IOException {
    assumeCfnLint();
    Path template = Files.writeString(dir.resolve("retired.yaml"), """
        AWSTemplateFormatVersion: '2010-09-09'
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Retired:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: java17
              Handler: example.Handler::handleRequest
              CodeUri: example.jar
        """);
    Lint lint = lint(template);
    assertEquals(ERRORS, lint.exitCode() & ERRORS, "expected an error exit; output:\n" + lint.output());
    assertTrue(lint.output().contains("E2533"), "expected the deprecated-runtime rule E2533:\n" + lint.output());
  }

  private static void assumeCfnLint() {
    assumeTrue(cfnLint.isPresent(), "cfn-lint is not on the PATH, so template.yaml is NOT linted in this build"
        + " (pip install cfn-lint to lint it)");
  }

  private record Lint(int exitCode, String output) {}

  private static Lint lint(Path template) {
    try {
      Process process = new ProcessBuilder(cfnLint.orElseThrow().toString(), "--", template.toString())
          .directory(template.getParent().toFile())
          .redirectErrorStream(true)
          .start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(3, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("cfn-lint did not finish in 3 minutes");
      }
      return new Lint(process.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static Optional<Path> onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    List<Path> candidates = Arrays.stream(path.split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, command))
        .toList();
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }
}
