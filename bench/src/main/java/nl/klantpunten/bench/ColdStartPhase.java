package nl.klantpunten.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantpunten.bench.coldstart.Launcher;
import nl.klantpunten.bench.coldstart.MinimalCrtHandler;
import nl.klantpunten.bench.coldstart.MinimalUrlConnectionHandler;
import nl.klantpunten.bench.coldstart.VirtualHostS3;
import nl.klantpunten.core.auth.Role;

/**
 * Cold start: for each deployable, a fresh JVM per run whose class path is the function's deployable jar plus the
 * {@link Launcher}, timed from just before the process is spawned to its first response, with the parts (JVM start,
 * class initialisation, constructor, first and second call) reported by the launcher. The handler is built by its
 * no-argument constructor with a Lambda-like environment (table, card bucket, region, credentials; endpoints of the
 * emulators through AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_S3). Next to them: a minimal handler that only builds a
 * DynamoDB client and makes one GetItem (URL-connection client, and the AWS CRT client for the choice of HTTP
 * client). Each with default JIT settings and with the template's JAVA_TOOL_OPTIONS; with those, every function
 * also with SnapStart priming run before the first call.
 */
final class ColdStartPhase {
  static final String DEFAULT_JIT = "default JIT";
  static final String TEMPLATE = "template JAVA_TOOL_OPTIONS";
  private static final String MINIMAL_URL = "minimal: client + 1 GetItem (url-connection)";
  private static final String MINIMAL_CRT = "minimal: client + 1 GetItem (AWS CRT)";

  /** JVM settings a launch runs with: none, or the JAVA_TOOL_OPTIONS the template gives every function. */
  record JvmVariant(String name, String javaToolOptions) {}

  /** What one launch runs: a class path, the handler, whether to prime, the request, extra environment. */
  record Target(String name, String module, List<Path> classPath, String handlerClass, boolean prime,
      BenchFunction.ColdRequest request, Map<String, String> environment) {
    /** Primed launches stand for SnapStart, which deploys with the template's options: only those are run. */
    boolean runsWith(JvmVariant variant) {
      return !prime || variant.name().equals(TEMPLATE);
    }
  }

  /** One launch's timings, in nanoseconds. */
  record Run(long total, long jvmStart, long classInit, long constructor, long priming, long firstCall,
      long secondCall, int status) {
    /** What Lambda's init phase would hold: static initialisation, the constructor and any priming. */
    long init() {
      return classInit + constructor + priming;
    }
  }

  private final Path repo;
  private final Fixture fixture;
  private final int runs;
  private final Path logs;
  private final List<JvmVariant> variants;
  private final AtomicLong launches = new AtomicLong();
  private VirtualHostS3 s3;

  ColdStartPhase(Path repo, Fixture fixture, int runs) {
    this.repo = repo;
    this.fixture = fixture;
    this.runs = runs;
    this.logs = repo.resolve("bench/target/coldstart-logs");
    this.variants = List.of(new JvmVariant(DEFAULT_JIT, null), new JvmVariant(TEMPLATE, templateToolOptions(repo)));
  }

  /** The JAVA_TOOL_OPTIONS line of template.yaml's Globals, so the figure follows the template. */
  static String templateToolOptions(Path repo) {
    try {
      Matcher m = Pattern.compile("JAVA_TOOL_OPTIONS:\\s*\"([^\"]*)\"")
          .matcher(Files.readString(repo.resolve("template.yaml")));
      if (m.find()) {
        return m.group(1);
      }
    } catch (IOException e) {
      // fall through to the options the template had when this was written
    }
    return "-XX:+TieredCompilation -XX:TieredStopAtLevel=1";
  }

  Map<String, Object> run() throws Exception {
    Files.createDirectories(logs);
    List<Target> targets = targets();
    Map<String, Map<String, List<Run>>> results = new LinkedHashMap<>();
    try (VirtualHostS3 cardBucket = VirtualHostS3.start(Fixture.CARD_BUCKET, logs)) {
      this.s3 = cardBucket;
      for (Target t : targets) {
        launch(t, variants.get(0), -1); // untimed: puts the jar in the page cache, as a deployed package would be
      }
      for (int i = 0; i < runs; i++) {
        for (JvmVariant variant : variants) {
          for (Target t : targets) {
            if (t.runsWith(variant)) {
              Run run = launch(t, variant, i);
              results.computeIfAbsent(t.name(), k -> new LinkedHashMap<>())
                  .computeIfAbsent(variant.name(), k -> new ArrayList<>()).add(run);
            }
          }
        }
        System.out.printf("  cold start: round %d of %d done%n", i + 1, runs);
      }
    }
    return report(targets, results);
  }

  private List<Target> targets() {
    Path benchClasses = codeSource(Launcher.class);
    List<Target> targets = new ArrayList<>();
    Path sdkJar = null;
    for (BenchFunction f : Catalog.functions()) {
      Path jar = lambdaJar(f.module());
      sdkJar = sdkJar == null ? jar : sdkJar;
      var customer = fixture.firstCustomer();
      BenchFunction.ColdRequest request = new BenchFunction.ColdRequest(f.coldRequest().method(),
          fill(f.coldRequest().path(), customer), fill(f.coldRequest().body(), customer));
      targets.add(new Target(f.module(), f.module(), List.of(jar, benchClasses), f.handlerClass(), false, request,
          f.environment()));
      targets.add(new Target(f.module() + " + SnapStart priming", f.module(), List.of(jar, benchClasses),
          f.handlerClass(), true, request, f.environment()));
    }
    BenchFunction.ColdRequest none = BenchFunction.ColdRequest.get("/");
    targets.add(new Target(MINIMAL_URL, "minimal", List.of(sdkJar, benchClasses),
        MinimalUrlConnectionHandler.class.getName(), false, none, Map.of()));
    List<Path> crt = new ArrayList<>(List.of(sdkJar, benchClasses));
    crt.add(codeSource(software.amazon.awssdk.http.crt.AwsCrtHttpClient.class));
    crt.add(codeSource(software.amazon.awssdk.crtcore.CrtConfigurationUtils.class));
    crt.add(codeSource(software.amazon.awssdk.crt.CRT.class));
    targets.add(new Target(MINIMAL_CRT, "minimal", crt, MinimalCrtHandler.class.getName(), false, none, Map.of()));
    return targets;
  }

  /** The request template with the customer's id and card code; {order} stays until the launch. */
  private static String fill(String template, nl.klantpunten.core.customer.CustomerId customer) {
    return template == null ? null : template.replace("{customer}", customer.value())
        .replace("{card}", Fixture.cardCodeOf(customer));
  }

  Path lambdaJar(String module) {
    Path target = repo.resolve("functions").resolve(module).resolve("target");
    try (var files = Files.list(target)) {
      return files.filter(p -> p.getFileName().toString().endsWith("-lambda.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no *-lambda.jar in " + target + ": build with -am"));
    } catch (IOException e) {
      throw new IllegalStateException("no " + target + ": build the function first (-am)", e);
    }
  }

  private static Path codeSource(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (Exception e) {
      throw new IllegalStateException("cannot locate " + type, e);
    }
  }

  private Run launch(Target t, JvmVariant variant, int round) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(s3.hostsOption()); // <card bucket>.localhost resolves here; every launch gets it alike
    command.add("-cp");
    command.add(String.join(File.pathSeparator, t.classPath().stream().map(Path::toString).toList()));
    command.add(Launcher.class.getName());
    command.add(t.handlerClass());
    command.add(t.prime() ? "prime" : "no-prime");
    command.add(t.request().method());
    String order = Long.toString(launches.incrementAndGet());
    command.add(t.request().path().replace("{order}", order));
    command.add(t.request().body() == null ? "-" : t.request().body().replace("{order}", order));
    command.add(fixture.key(Role.ADMIN));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.clear(); // nothing of this machine's AWS settings; only what Lambda would set
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("TABLE_NAME", Fixture.TABLE);
    env.put("AWS_ENDPOINT_URL", fixture.endpoint().toString());
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_ACCESS_KEY_ID", "local");
    env.put("AWS_SECRET_ACCESS_KEY", "local");
    env.put("AWS_ENDPOINT_URL_S3", s3.endpoint());
    env.put("AWS_LAMBDA_FUNCTION_NAME", "bench-" + t.module());
    env.putAll(t.environment());
    if (variant.javaToolOptions() != null) {
      env.put("JAVA_TOOL_OPTIONS", variant.javaToolOptions());
    }
    Path log = logs.resolve(t.name().replaceAll("[^A-Za-z0-9]+", "-") + "-" + variant.name()
        .replaceAll("[^A-Za-z0-9]+", "-") + "-" + round + ".log");
    builder.redirectError(log.toFile());
    long spawn = System.nanoTime();
    Process process = builder.start();
    String line = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      String l;
      while ((l = out.readLine()) != null) {
        if (l.startsWith(Launcher.RESULT_PREFIX)) {
          line = l;
          break;
        }
      }
    }
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    if (line == null) {
      throw new IllegalStateException("cold start of " + t.name() + " gave no result; see " + log + ":\n"
          + tail(log));
    }
    Map<String, Long> v = new LinkedHashMap<>();
    for (String part : line.substring(Launcher.RESULT_PREFIX.length()).split(" ")) {
      String[] kv = part.split("=", 2);
      v.put(kv[0], Long.parseLong(kv[1]));
    }
    if (v.get("status") >= 500 || v.get("status2") >= 500) {
      throw new IllegalStateException("cold start of " + t.name() + " answered " + v.get("status") + "; see " + log
          + ":\n" + tail(log));
    }
    return new Run(v.get("first") - spawn, v.get("main") - spawn, v.get("loaded") - v.get("main"),
        v.get("constructed") - v.get("loaded"), v.get("primed") - v.get("constructed"),
        v.get("first") - v.get("primed"), v.get("second") - v.get("first"), v.get("status").intValue());
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }

  private Map<String, Object> report(List<Target> targets, Map<String, Map<String, List<Run>>> results) {
    Table table = new Table("cold start (median of " + runs + " fresh JVMs, ms)", "target", "JVM", "to 1st response",
        "min", "vs minimal", "JVM start", "init phase", "class init", "constructor", "priming", "1st call", "2nd call",
        "status");
    Map<String, Map<String, Object>> json = new LinkedHashMap<>();
    for (JvmVariant variant : variants) {
      long minimal = median(results.get(MINIMAL_URL).get(variant.name()), Run::total);
      for (Target t : targets) {
        if (!t.runsWith(variant)) {
          continue;
        }
        List<Run> rs = results.get(t.name()).get(variant.name());
        long total = median(rs, Run::total);
        long min = rs.stream().mapToLong(Run::total).min().orElseThrow();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("runs", rs.size());
        row.put("toFirstResponseMs", ms(total));
        row.put("minMs", ms(min));
        row.put("vsMinimalUrlConnection", ratio(total, minimal));
        row.put("jvmStartMs", ms(median(rs, Run::jvmStart)));
        row.put("initPhaseMs", ms(median(rs, Run::init)));
        row.put("classInitMs", ms(median(rs, Run::classInit)));
        row.put("constructorMs", ms(median(rs, Run::constructor)));
        row.put("primingMs", ms(median(rs, Run::priming)));
        row.put("firstCallMs", ms(median(rs, Run::firstCall)));
        row.put("secondCallMs", ms(median(rs, Run::secondCall)));
        row.put("status", rs.get(0).status());
        row.put("allRunsMs", rs.stream().map(r -> ms(r.total())).toList());
        json.computeIfAbsent(t.name(), k -> new LinkedHashMap<>()).put(variant.name(), row);
        table.row(t.name(), variant.name(), Table.ms(total), Table.ms(min), Table.ratio(total, minimal),
            Table.ms(median(rs, Run::jvmStart)), Table.ms(median(rs, Run::init)), Table.ms(median(rs, Run::classInit)),
            Table.ms(median(rs, Run::constructor)), t.prime() ? Table.ms(median(rs, Run::priming)) : "-",
            Table.ms(median(rs, Run::firstCall)), Table.ms(median(rs, Run::secondCall)),
            Integer.toString(rs.get(0).status()));
      }
    }
    table.print();
    Map<String, Object> clients = new LinkedHashMap<>();
    for (JvmVariant variant : variants) {
      long url = median(results.get(MINIMAL_URL).get(variant.name()), Run::total);
      long crt = median(results.get(MINIMAL_CRT).get(variant.name()), Run::total);
      String faster = url <= crt ? "url-connection" : "AWS CRT";
      System.out.printf("  HTTP client by cold start (%s): url-connection %s ms, AWS CRT %s ms (medians to 1st"
          + " response): %s is faster by %s ms%n", variant.name(), Table.ms(url), Table.ms(crt), faster,
          Table.ms(Math.abs(crt - url)));
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("urlConnectionMs", ms(url));
      row.put("awsCrtMs", ms(crt));
      row.put("faster", faster);
      clients.put(variant.name(), row);
    }
    System.out.println("  " + TEMPLATE + " = " + variants.get(1).javaToolOptions() + " (from template.yaml).");
    System.out.println("  JVM start = spawn to main(); class init = Class.forName (static initialisers); constructor ="
        + " no-arg constructor (client and stores);\n  Lambda's init phase = class init + constructor (+ priming where"
        + " shown); the invoke phase = 1st call. Medians are per column.\n  With SnapStart the init phase"
        + " (priming included) is in the snapshot: a restored copy pays the restore plus the primed '1st call'.");
    Map<String, Object> out = new LinkedHashMap<>(json);
    out.put("httpClientByColdStart", clients);
    out.put("templateJavaToolOptions", variants.get(1).javaToolOptions());
    return out;
  }

  private static long median(List<Run> runs, java.util.function.ToLongFunction<Run> part) {
    Samples s = new Samples(runs.size());
    runs.forEach(r -> s.add(part.applyAsLong(r)));
    return s.median();
  }

  static double ms(long nanos) {
    return Math.round(nanos / 10_000.0) / 100.0;
  }

  static double ratio(long a, long b) {
    return b == 0 ? Double.NaN : Math.round(100.0 * a / b) / 100.0;
  }
}
