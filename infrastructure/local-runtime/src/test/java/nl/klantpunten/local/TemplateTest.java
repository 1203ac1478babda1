package nl.klantpunten.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.api.Route;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.dynamodb.TableSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deployed shape (template.yaml at the repository root) agrees with the code: handlers exist and are
 * RequestHandlers, each CodeUri is its module's shaded jar and every such jar is deployed, every environment variable
 * the shipped code reads is set, the HTTP API's events are exactly the routes the functions serve, no policy grants
 * everything, and the table is the one TableSchema creates. TemplateChecksTest shows each check failing on a broken
 * copy of the template.
 */
@ExtendWith(TestBackend.class)
class TemplateTest {
  static final String SCHEMA_PROBE_TABLE = "template-test-schema";

  private static TemplateChecks checks;
  private static TemplateChecks.RouteSource routes;
  private static TableDefinition tableSchema;

  @BeforeAll
  static void readTemplate(Backend backend) {
    checks = checks(templateText());
    routes = routeSource(backend);
    tableSchema = tableSchemaDefinition(backend);
  }

  @Test
  void everyHandlerIsAConcreteRequestHandlerOnTheClasspath() {
    assertFalse(checks.functions().isEmpty(), "template.yaml declares no " + TemplateChecks.SERVERLESS_FUNCTION);
    assertNoProblems(checks.handlers());
  }

  @Test
  void everyCodeUriIsTheShadedJarOfItsHandlersModule() {
    assertNoProblems(checks.codeUris());
  }

  @Test
  void everyModuleThatBuildsALambdaJarIsDeployed() {
    assertNoProblems(checks.everyLambdaModuleDeployed());
  }

  @Test
  void everyFunctionRunsJava25WithSnapStartBehindAnAlias() {
    assertNoProblems(checks.snapStart());
  }

  @Test
  void everyEnvironmentVariableTheShippedCodeReadsIsSet() {
    assertNoProblems(checks.environment());
  }

  @Test
  void theHttpApiEventsAreExactlyTheRoutesTheFunctionsServe() {
    assertNoProblems(checks.routes(routes));
  }

  @Test
  void noPolicyGrantsEveryResourceOrAFullAccessManagedPolicy() {
    assertNoProblems(checks.policies());
  }

  @Test
  void theTableIsTheOneTableSchemaCreates() {
    assertEquals("pk", tableSchema.hashKey(), "the probe table was read back from DynamoDB Local");
    assertNoProblems(checks.table(tableSchema));
  }

  // ---- shared with TemplateChecksTest -----------------------------------------------------------------------------

  static String templateText() {
    try {
      return Files.readString(MavenModules.repositoryRoot().resolve("template.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TemplateChecks checks(String templateText) {
    return new TemplateChecks(templateText, MavenModules.read(MavenModules.repositoryRoot()),
        TemplateTest.class.getClassLoader());
  }

  /**
   * Routes of an HTTP function, read from the instance the local stack hosts (LocalFunctions), so an HTTP function
   * the template deploys but the local stack leaves out fails here too.
   */
  static TemplateChecks.RouteSource routeSource(Backend backend) {
    Map<Class<?>, List<String>> served = new HashMap<>();
    for (HttpFunction function : LocalFunctions.all(backend, new UnusedCardFiles())) {
      served.put(function.getClass(), function.routes().stream().map(Route::routeKey).toList());
    }
    return handler -> {
      if (!HttpFunction.class.isAssignableFrom(handler)) {
        return Optional.empty();
      }
      List<String> routes = served.get(handler);
      if (routes == null) {
        throw new AssertionError(handler.getName() + " is an HTTP function the local stack does not host: add it to"
            + " LocalFunctions.all");
      }
      return Optional.of(routes);
    };
  }

  /** What TableSchema.createIfMissing creates, read back from DynamoDB Local. */
  static TableDefinition tableSchemaDefinition(Backend backend) {
    var dynamo = backend.stores().client();
    TableSchema.createIfMissing(dynamo, SCHEMA_PROBE_TABLE);
    return TableDefinition.of(dynamo.describeTable(b -> b.tableName(SCHEMA_PROBE_TABLE)).table(),
        TableSchema.TTL_ATTRIBUTE);
  }

  static void assertNoProblems(List<String> problems) {
    assertTrue(problems.isEmpty(), "template.yaml disagrees with the code:\n  " + String.join("\n  ", problems));
  }
}
