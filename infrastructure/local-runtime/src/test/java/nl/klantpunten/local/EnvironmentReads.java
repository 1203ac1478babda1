package nl.klantpunten.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the environment variables Java sources read: {@code Env.require("X")}, {@code Env.optional("X", …)} and
 * {@code System.getenv("X")}, with comments and the contents of other string literals taken out first (a Javadoc
 * mentioning {@code Env.require("…")} reads nothing). A read whose name is not a string literal cannot be checked
 * against the template and is reported as such; only {@code nl.klantpunten.api.Env} itself, whose callers are
 * scanned, may pass a name through.
 */
final class EnvironmentReads {
  /** One place a source reads a variable; {@code name} is null where it is not a literal. */
  record Read(String name, String file, int line) {
    String where() {
      return file + ":" + line;
    }
  }

  static final String ENV_CLASS_FILE = "nl/klantpunten/api/Env.java";
  private static final String LITERAL = "\"((?:[^\"\\\\\\n]|\\\\.)*)\"";
  private static final Pattern LITERAL_READ = Pattern.compile(
      "\\b(?:Env\\s*\\.\\s*(?:require|optional)|System\\s*\\.\\s*getenv)\\s*\\(\\s*" + LITERAL);
  private static final Pattern ANY_READ = Pattern.compile(
      "\\b(?:Env\\s*\\.\\s*(?:require|optional)|System\\s*\\.\\s*getenv)\\s*\\(");
  private static final Pattern STATIC_IMPORT = Pattern.compile(
      "import\\s+static\\s+(?:java\\.lang\\.)?System\\s*\\.\\s*(?:getenv|\\*)\\s*;");

  private EnvironmentReads() {}

  /** Every read in the .java files under these source folders; paths in the result are relative to {@code base}. */
  static List<Read> scan(Path base, List<Path> sourceRoots) {
    List<Read> reads = new ArrayList<>();
    for (Path sourceRoot : sourceRoots) {
      if (!Files.isDirectory(sourceRoot)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(sourceRoot)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          String relative = base.relativize(file).toString().replace('\\', '/');
          boolean isEnvClass = sourceRoot.relativize(file).toString().replace('\\', '/').equals(ENV_CLASS_FILE);
          reads.addAll(scanSource(relative, Files.readString(file), isEnvClass));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return reads;
  }

  static List<Read> scanSource(String fileName, String source, boolean isEnvClass) {
    String code = withoutCommentsAndStringContents(source);
    List<Read> reads = new ArrayList<>();
    Matcher any = ANY_READ.matcher(code);
    while (any.find()) {
      Matcher literal = LITERAL_READ.matcher(code).region(any.start(), code.length());
      int line = lineOf(code, any.start());
      if (literal.lookingAt()) {
        // the literal's contents were blanked; read them from the original at the same offsets
        reads.add(new Read(source.substring(literal.start(1), literal.end(1)), fileName, line));
      } else if (!isEnvClass) {
        reads.add(new Read(null, fileName, line));
      }
    }
    Matcher staticImport = STATIC_IMPORT.matcher(code);
    while (staticImport.find()) {
      reads.add(new Read(null, fileName, lineOf(code, staticImport.start())));
    }
    return reads;
  }

  /**
   * The source with every comment replaced by spaces and every string/char literal's contents blanked, keeping
   * offsets and line breaks, so that patterns only ever match code.
   */
  static String withoutCommentsAndStringContents(String src) {
    StringBuilder out = new StringBuilder(src);
    int i = 0;
    int n = src.length();
    while (i < n) {
      char c = src.charAt(i);
      if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
        while (i < n && src.charAt(i) != '\n') {
          out.setCharAt(i++, ' ');
        }
      } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
        int end = src.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        blank(out, i, end);
        i = end;
      } else if (src.startsWith("\"\"\"", i)) {
        int end = src.indexOf("\"\"\"", i + 3);
        end = end < 0 ? n : end;
        blank(out, i + 3, end);
        i = Math.min(n, end + 3);
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && src.charAt(j) != c && src.charAt(j) != '\n') {
          j += src.charAt(j) == '\\' ? 2 : 1;
        }
        blank(out, i + 1, Math.min(j, n));
        i = j + 1;
      } else {
        i++;
      }
    }
    return out.toString();
  }

  private static void blank(StringBuilder out, int from, int to) {
    for (int k = from; k < to && k < out.length(); k++) {
      if (out.charAt(k) != '\n') {
        out.setCharAt(k, ' ');
      }
    }
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int k = 0; k < offset; k++) {
      if (text.charAt(k) == '\n') {
        line++;
      }
    }
    return line;
  }
}
