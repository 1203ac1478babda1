package nl.klantpunten.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks template.yaml against the code. Each check returns one precise line per problem (empty: fine), so a test
 * can show every problem at once and a unit test can feed a broken template and expect the exact complaint.
 */
final class TemplateChecks {
  static final String SERVERLESS_FUNCTION = "AWS::Serverless::Function";

  /** Variables the Lambda runtime sets itself (Lambda developer guide, "Defined runtime environment variables"). */
  static final Set<String> RUNTIME_VARIABLES = Set.of("_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION",
      "AWS_REGION", "AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
      "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME",
      "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
      "AWS_SESSION_TOKEN", "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR", "TZ",
      "AWS_XRAY_CONTEXT_MISSING", "AWS_XRAY_DAEMON_ADDRESS", "AWS_CONTAINER_CREDENTIALS_FULL_URI",
      "AWS_CONTAINER_AUTHORIZATION_TOKEN");

  private static final Pattern FULL_ACCESS = Pattern.compile("(?:^|[/:])(?:AdministratorAccess|[A-Za-z0-9]*FullAccess)$");

  /** The routes a handler class serves ("GET /v1/..."), or empty when it is no HTTP function. */
  interface RouteSource {
    Optional<List<String>> routes(Class<?> handler);
  }

  private final Map<String, Object> template;
  private final MavenModules modules;
  private final ClassLoader classes;

  TemplateChecks(String templateText, MavenModules modules, ClassLoader classes) {
    this.template = CloudFormationYaml.parse(templateText);
    this.modules = modules;
    this.classes = classes;
  }

  // ---- handlers ---------------------------------------------------------------------------------------------------

  List<String> handlers() {
    List<String> problems = new ArrayList<>();
    resources().forEach((name, resource) -> {
      if ("AWS::Lambda::Function".equals(resource.get("Type"))) {
        problems.add(name + ": is a plain AWS::Lambda::Function; declare functions as " + SERVERLESS_FUNCTION
            + " so these checks, SnapStart and AutoPublishAlias from Globals apply");
      }
    });
    functions().forEach((name, properties) -> {
      Object handler = properties.get("Handler");
      if (!(handler instanceof String text) || text.isBlank()) {
        problems.add(name + ": has no Handler");
        return;
      }
      String[] parts = text.split("::", -1);
      String className = parts[0];
      if (parts.length > 2 || (parts.length == 2 && !parts[1].equals("handleRequest"))) {
        problems.add(name + ": Handler " + text + " must be <class>::handleRequest");
      }
      Class<?> type;
      try {
        type = Class.forName(className, false, classes);
      } catch (ClassNotFoundException | LinkageError e) {
        problems.add(name + ": Handler " + text + " names class " + className
            + ", which is not on the classpath (no such class, or its module is not a dependency of"
            + " infrastructure/local-runtime)");
        return;
      }
      if (!RequestHandler.class.isAssignableFrom(type) && !RequestStreamHandler.class.isAssignableFrom(type)) {
        problems.add(name + ": Handler class " + className + " is not a RequestHandler (nor a RequestStreamHandler)");
      }
      if (Modifier.isAbstract(type.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
        problems.add(name + ": Handler class " + className + " must be public and concrete");
      }
      try {
        if (!Modifier.isPublic(type.getConstructor().getModifiers())) {
          throw new NoSuchMethodException();
        }
      } catch (NoSuchMethodException e) {
        problems.add(name + ": Handler class " + className
            + " has no public no-argument constructor, so Lambda cannot create it");
      }
    });
    return problems;
  }

  // ---- code locations ---------------------------------------------------------------------------------------------

  List<String> codeUris() {
    List<String> problems = new ArrayList<>();
    functions().forEach((name, properties) -> {
      Optional<MavenModules.Module> module = moduleOf(properties);
      if (module.isEmpty()) {
        problems.add(name + ": no module's src/main/java holds the Handler class " + handlerClassName(properties)
            + ", so the jar that should carry it is unknown");
        return;
      }
      String expected = modules.lambdaJar(module.get());
      Object codeUri = properties.get("CodeUri");
      if (!module.get().buildsLambdaJar()) {
        problems.add(name + ": its Handler lives in " + module.get().dir()
            + ", which declares no maven-shade-plugin and so builds no Lambda jar");
      }
      if (!expected.equals(codeUri)) {
        problems.add(name + ": CodeUri is " + codeUri + " but the Handler's module " + module.get().dir()
            + " builds " + expected);
      }
      Object metadata = resources().get(name).get("Metadata");
      if (!(metadata instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("SkipBuild")))) {
        problems.add(name + ": needs Metadata: SkipBuild: true, or `sam build` tries to build the jar CodeUri "
            + "as a Maven project and fails");
      }
    });
    return problems;
  }

  /** Every module that builds a Lambda jar is deployed by some function. */
  List<String> everyLambdaModuleDeployed() {
    Set<Object> codeUris = functions().values().stream().map(p -> p.get("CodeUri")).collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    for (MavenModules.Module module : modules.all()) {
      if (module.buildsLambdaJar() && !codeUris.contains(modules.lambdaJar(module))) {
        problems.add(module.dir() + " builds a Lambda jar (" + modules.lambdaJar(module)
            + ") but no " + SERVERLESS_FUNCTION + " in template.yaml deploys it");
      }
    }
    return problems;
  }

  // ---- environment ------------------------------------------------------------------------------------------------

  List<String> environment() {
    List<String> problems = new ArrayList<>();
    Set<String> global = variables(path(template, "Globals", "Function"));
    functions().forEach((name, properties) -> {
      Optional<MavenModules.Module> module = moduleOf(properties);
      if (module.isEmpty()) {
        return; // codeUris() names this problem
      }
      Set<String> set = new TreeSet<>(global);
      set.addAll(variables(properties));
      List<MavenModules.Module> shipped = modules.withShippedDependencies(module.get());
      List<Path> roots = shipped.stream()
          .map(m -> modules.root().resolve(m.dir()).resolve("src/main/java")).toList();
      Map<String, String> missing = new LinkedHashMap<>();
      for (EnvironmentReads.Read read : EnvironmentReads.scan(modules.root(), roots)) {
        if (read.name() == null) {
          problems.add(name + ": " + read.where() + " reads an environment variable whose name is not a string "
              + "literal; read it with Env.require(\"NAME\") so it can be checked against the template");
        } else if (!RUNTIME_VARIABLES.contains(read.name()) && !set.contains(read.name())) {
          missing.putIfAbsent(read.name(), read.where());
        }
      }
      missing.forEach((variable, where) -> problems.add(name + ": the code reads " + variable + " (" + where
          + ") but neither Globals.Function.Environment nor " + name + "'s Environment sets it"));
    });
    return problems;
  }

  private static Set<String> variables(Object functionProperties) {
    Object variables = path(functionProperties, "Environment", "Variables");
    return variables instanceof Map<?, ?> m
        ? m.keySet().stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new))
        : Set.of();
  }

  // ---- runtime and SnapStart --------------------------------------------------------------------------------------

  /**
   * Every function runs Java 25 (what the build targets) with SnapStart on published versions, and has an alias for
   * events to call: SnapStart only serves a published version, so without AutoPublishAlias it would do nothing.
   */
  List<String> snapStart() {
    List<String> problems = new ArrayList<>();
    Object globals = path(template, "Globals", "Function");
    functions().forEach((name, properties) -> {
      Object runtime = effective(properties, globals, "Runtime");
      if (!"java25".equals(runtime)) {
        problems.add(name + ": Runtime is " + runtime + "; the build targets java25 (maven.compiler.release 25)");
      }
      Object applyOn = path(effective(properties, globals, "SnapStart"), "ApplyOn");
      if (!"PublishedVersions".equals(applyOn)) {
        problems.add(name + ": SnapStart.ApplyOn is " + applyOn + ", not PublishedVersions");
      }
      Object alias = effective(properties, globals, "AutoPublishAlias");
      if (!(alias instanceof String a) || a.isBlank()) {
        problems.add(name + ": has no AutoPublishAlias, so events call $LATEST, which SnapStart never snapshots");
      }
    });
    return problems;
  }

  /** A property as SAM applies it: the function's own value, else the Globals value. */
  private static Object effective(Map<String, Object> properties, Object globals, String key) {
    return properties.containsKey(key) ? properties.get(key) : path(globals, key);
  }

  // ---- routes -----------------------------------------------------------------------------------------------------

  List<String> routes(RouteSource source) {
    List<String> problems = new ArrayList<>();
    Set<String> httpApis = new LinkedHashSet<>();
    resources().forEach((name, r) -> {
      if ("AWS::Serverless::HttpApi".equals(r.get("Type"))) {
        httpApis.add(name);
      }
    });
    functions().forEach((name, properties) -> {
      Map<String, String> events = new LinkedHashMap<>(); // route key -> event name
      Object declared = properties.get("Events");
      if (declared instanceof Map<?, ?> map) {
        map.forEach((eventName, e) -> {
          if (!(e instanceof Map<?, ?> event) || !"HttpApi".equals(event.get("Type"))) {
            return;
          }
          Object props = event.get("Properties");
          Map<?, ?> p = props instanceof Map<?, ?> m ? m : Map.of();
          String apiId = CloudFormationYaml.ref(p.get("ApiId"));
          if (apiId == null || !httpApis.contains(apiId)) {
            problems.add(name + ": HttpApi event " + eventName + " has ApiId " + p.get("ApiId")
                + "; it must be !Ref of the template's AWS::Serverless::HttpApi " + httpApis
                + " (without it SAM creates a second, implicit API)");
          }
          String key = String.valueOf(p.get("Method")).toUpperCase(java.util.Locale.ROOT) + " " + p.get("Path");
          String before = events.put(key, String.valueOf(eventName));
          if (before != null) {
            problems.add(name + ": HttpApi events " + before + " and " + eventName + " both name " + key);
          }
        });
      }
      Optional<Class<?>> handler = handlerClass(properties);
      if (handler.isEmpty()) {
        return; // handlers() names this problem
      }
      Optional<List<String>> served = source.routes(handler.get());
      if (served.isEmpty()) {
        events.forEach((key, event) -> problems.add(name + ": HttpApi event " + event + " (" + key + ") points at "
            + handler.get().getSimpleName() + ", which is not an HTTP function"));
        return;
      }
      for (String route : served.get()) {
        if (!events.containsKey(route)) {
          problems.add(name + ": serves " + route + " but has no HttpApi event for it");
        }
      }
      events.forEach((key, event) -> {
        if (!served.get().contains(key)) {
          problems.add(name + ": HttpApi event " + event + " names " + key + ", which "
              + handler.get().getSimpleName() + " does not serve");
        }
      });
    });
    return problems;
  }

  // ---- policies ---------------------------------------------------------------------------------------------------

  List<String> policies() {
    List<String> problems = new ArrayList<>();
    resources().forEach((name, resource) -> {
      Object properties = resource.get("Properties");
      Object policies = path(properties, "Policies");
      List<Object> listed = policies instanceof List<?> l ? new ArrayList<>(l)
          : policies == null ? new ArrayList<>() : new ArrayList<>(List.of(policies));
      Object managedArns = path(properties, "ManagedPolicyArns");
      if (managedArns instanceof List<?> arns) {
        listed.addAll(arns);
      }
      for (Object policy : listed) {
        String managed = policy instanceof String s ? s : subText(policy);
        if (managed != null && FULL_ACCESS.matcher(managed).find()) {
          problems.add(name + ": uses the managed policy " + managed
              + "; grant the actions the code makes on the table instead");
        }
      }
      statements(name, resource, problems);
    });
    return problems;
  }

  /** Every IAM statement anywhere under a resource: function policies, roles, managed and inline policies. */
  private static void statements(String resourceName, Object node, List<String> problems) {
    if (node instanceof Map<?, ?> map) {
      if (map.get("Statement") != null) {
        Object statement = map.get("Statement");
        for (Object s : statement instanceof List<?> l ? l : List.of(statement)) {
          checkStatement(resourceName, s, problems);
        }
      }
      map.values().forEach(v -> statements(resourceName, v, problems));
    } else if (node instanceof List<?> list) {
      list.forEach(v -> statements(resourceName, v, problems));
    }
  }

  private static void checkStatement(String resourceName, Object s, List<String> problems) {
    if (!(s instanceof Map<?, ?> statement) || !"Allow".equals(statement.get("Effect"))) {
      return;
    }
    String label = resourceName + ": statement " + (statement.get("Sid") == null ? "" : statement.get("Sid") + " ");
    if (statement.containsKey("NotResource") || statement.containsKey("NotAction")) {
      problems.add(label + "allows NotResource/NotAction, i.e. everything but a list");
    }
    for (Object resource : asList(statement.get("Resource"))) {
      String text = resource instanceof String str ? str : subText(resource);
      if ("*".equals(text)) {
        problems.add(label + "allows Resource \"*\"; name the table (and index) ARNs");
      }
    }
    for (Object action : asList(statement.get("Action"))) {
      if (action instanceof String a && (a.equals("*") || a.endsWith(":*"))) {
        problems.add(label + "allows every action (" + a + "); list the actions the code makes");
      }
    }
  }

  private static List<?> asList(Object value) {
    return value instanceof List<?> l ? l : value == null ? List.of() : List.of(value);
  }

  private static String subText(Object value) {
    return value instanceof Map<?, ?> m && m.get("Fn::Sub") instanceof String s ? s : null;
  }

  // ---- table ------------------------------------------------------------------------------------------------------

  List<String> table(TableDefinition expected) {
    List<String> problems = new ArrayList<>();
    Map<String, Map<String, Object>> tables = new LinkedHashMap<>();
    resources().forEach((name, r) -> {
      if ("AWS::DynamoDB::Table".equals(r.get("Type"))) {
        tables.put(name, r);
      }
    });
    if (tables.size() != 1) {
      problems.add("template.yaml must declare exactly one AWS::DynamoDB::Table, found " + tables.keySet());
      return problems;
    }
    String name = tables.keySet().iterator().next();
    Map<String, Object> resource = tables.get(name);
    @SuppressWarnings("unchecked")
    Map<String, Object> properties = resource.get("Properties") instanceof Map<?, ?> p
        ? (Map<String, Object>) p : Map.of();
    TableDefinition.of(properties).differencesFrom(expected).forEach(d -> problems.add(name + ": " + d));
    for (String policy : List.of("DeletionPolicy", "UpdateReplacePolicy")) {
      if (!"Retain".equals(resource.get(policy))) {
        problems.add(name + ": " + policy + " is " + resource.get(policy) + "; the ledger must be Retain");
      }
    }
    if (!Boolean.TRUE.equals(properties.get("DeletionProtectionEnabled"))) {
      problems.add(name + ": DeletionProtectionEnabled must be true");
    }
    if (!Boolean.TRUE.equals(path(properties, "PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled"))) {
      problems.add(name + ": PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled must be true");
    }
    if (!Boolean.TRUE.equals(path(properties, "SSESpecification", "SSEEnabled"))) {
      problems.add(name + ": SSESpecification.SSEEnabled must be true");
    }
    return problems;
  }

  // ---- template navigation ----------------------------------------------------------------------------------------

  @SuppressWarnings("unchecked")
  Map<String, Map<String, Object>> resources() {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    Object resources = template.get("Resources");
    if (resources instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        if (v instanceof Map<?, ?> r) {
          out.put(String.valueOf(k), (Map<String, Object>) r);
        }
      });
    }
    return out;
  }

  /** Each AWS::Serverless::Function's Properties (an absent Properties reads as empty). */
  @SuppressWarnings("unchecked")
  Map<String, Map<String, Object>> functions() {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    resources().forEach((name, r) -> {
      if (SERVERLESS_FUNCTION.equals(r.get("Type"))) {
        out.put(name, r.get("Properties") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of());
      }
    });
    return out;
  }

  private static String handlerClassName(Map<String, Object> properties) {
    return properties.get("Handler") instanceof String h ? h.split("::", -1)[0] : null;
  }

  private Optional<Class<?>> handlerClass(Map<String, Object> properties) {
    String className = handlerClassName(properties);
    if (className == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Class.forName(className, false, classes));
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }

  private Optional<MavenModules.Module> moduleOf(Map<String, Object> properties) {
    String className = handlerClassName(properties);
    return className == null ? Optional.empty() : modules.moduleOfClass(className);
  }

  private static Object path(Object node, String... keys) {
    Object current = node;
    for (String key : keys) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(key);
    }
    return current;
  }
}
