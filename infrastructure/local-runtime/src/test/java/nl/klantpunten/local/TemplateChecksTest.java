package nl.klantpunten.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.TestBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each template check fails, with its precise message, on a copy of the real template.yaml broken in one place. The
 * fragments replaced here must exist in the template ({@link #edit} fails otherwise), so these tests cannot silently
 * stop breaking anything.
 */
@ExtendWith(TestBackend.class)
class TemplateChecksTest {
  private static final String CUSTOMERS_HANDLER = "nl.klantpunten.functions.customers.CustomersFunction::handleRequest";
  private static String template;
  private static MavenModules modules;
  private static TemplateChecks.RouteSource routes;
  private static TableDefinition tableSchema;

  @BeforeAll
  static void read(Backend backend) {
    template = TemplateTest.templateText();
    modules = MavenModules.read(MavenModules.repositoryRoot());
    routes = TemplateTest.routeSource(backend);
    tableSchema = TemplateTest.tableSchemaDefinition(backend);
  }

  // ---- handlers ---------------------------------------------------------------------------------------------------

  @Test
  void aHandlerNamingNoClassFails() {
    var problems = checks(edit(CUSTOMERS_HANDLER, "nl.klantpunten.functions.customers.CustomerFunction::handleRequest"))
        .handlers();
    assertEquals(List.of("CustomersFunction: Handler nl.klantpunten.functions.customers.CustomerFunction::handleRequest"
        + " names class nl.klantpunten.functions.customers.CustomerFunction, which is not on the classpath (no such"
        + " class, or its module is not a dependency of infrastructure/local-runtime)"), problems);
  }

  @Test
  void aHandlerThatIsNoRequestHandlerFails() {
    var problems = checks(edit(CUSTOMERS_HANDLER, "nl.klantpunten.functions.customers.SaveCustomer::handleRequest"))
        .handlers();
    assertContains(problems, "CustomersFunction: Handler class nl.klantpunten.functions.customers.SaveCustomer is not"
        + " a RequestHandler (nor a RequestStreamHandler)");
    assertContains(problems, "CustomersFunction: Handler class nl.klantpunten.functions.customers.SaveCustomer has no"
        + " public no-argument constructor, so Lambda cannot create it");
  }

  @Test
  void aHandlerMethodOtherThanHandleRequestFails() {
    var problems = checks(edit(CUSTOMERS_HANDLER, "nl.klantpunten.functions.customers.CustomersFunction::handle"))
        .handlers();
    assertEquals(List.of("CustomersFunction: Handler nl.klantpunten.functions.customers.CustomersFunction::handle"
        + " must be <class>::handleRequest"), problems);
  }

  // ---- code locations ---------------------------------------------------------------------------------------------

  @Test
  void aCodeUriNamingAnotherModulesJarFails() {
    String customersJar = jarOf("klantpunten-customers");
    String ledgerJar = jarOf("klantpunten-ledger");
    var problems = checks(edit("CodeUri: " + customersJar, "CodeUri: " + ledgerJar)).codeUris();
    assertEquals(List.of("CustomersFunction: CodeUri is " + ledgerJar
        + " but the Handler's module functions/customers builds " + customersJar), problems);
  }

  @Test
  void aJarCodeUriWithoutSkipBuildFails() {
    String broken = edit("""
          CustomersFunction:
            Type: AWS::Serverless::Function
            Metadata:
              SkipBuild: true
        """, """
          CustomersFunction:
            Type: AWS::Serverless::Function
        """);
    assertEquals(List.of("CustomersFunction: needs Metadata: SkipBuild: true, or `sam build` tries to build the jar"
        + " CodeUri as a Maven project and fails"), checks(broken).codeUris());
  }

  @Test
  void aModuleWhoseJarNoFunctionDeploysFails() {
    String broken = cut("  TableStreamFunction:\n", "  TableStreamLogs:\n");
    assertEquals(List.of("functions/stream builds a Lambda jar (" + jarOf("klantpunten-stream") + ") but no "
        + "AWS::Serverless::Function in template.yaml deploys it"), checks(broken).everyLambdaModuleDeployed());
  }

  // ---- runtime and SnapStart --------------------------------------------------------------------------------------

  @Test
  void aFunctionWithoutSnapStartOrAliasOrOnAnotherRuntimeFails() {
    String broken = edit("""
              Handler: nl.klantpunten.functions.ledger.LedgerFunction::handleRequest
        """, """
              Handler: nl.klantpunten.functions.ledger.LedgerFunction::handleRequest
              Runtime: java21
              SnapStart:
                ApplyOn: None
              AutoPublishAlias: ''
        """);
    assertEquals(List.of("LedgerFunction: Runtime is java21; the build targets java25 (maven.compiler.release 25)",
        "LedgerFunction: SnapStart.ApplyOn is None, not PublishedVersions",
        "LedgerFunction: has no AutoPublishAlias, so events call $LATEST, which SnapStart never snapshots"),
        checks(broken).snapStart());
    assertEquals(List.of(), checks(template).snapStart(), "Globals give every function of the real template all three");
  }

  // ---- environment ------------------------------------------------------------------------------------------------

  @Test
  void aVariableTheCodeReadsButNobodySetsFailsForEveryFunction() {
    var problems = checks(edit("        TABLE_NAME: !Ref Table\n", "")).environment();
    List<String> functions = List.of("CustomersFunction", "LedgerFunction", "SettingsFunction", "WebhooksFunction",
        "EarningFunction", "EnrolmentFunction", "VendorPanelFunction", "CardsFunction", "TableStreamFunction",
        "CheckoutFunction", "RedemptionSweepFunction", "BadgesFunction", "ReportsFunction", "AutomationFunction",
        "GiftsFunction", "GiftRunFunction", "NotifierFunction", "GiftBatchFunction");
    assertEquals(functions.size(), problems.size(), String.join("\n", problems));
    for (String function : functions) {
      assertContainsStartOf(problems, function + ": the code reads TABLE_NAME "
          + "(functions/api-support/src/main/java/nl/klantpunten/api/Backend.java:");
    }
    assertTrue(problems.get(0).endsWith(") but neither Globals.Function.Environment nor CustomersFunction's "
        + "Environment sets it"), problems.get(0));
  }

  @Test
  void aVariableSetForOneFunctionOnlyCoversThatFunctionOnly() {
    String broken = edit("        TABLE_NAME: !Ref Table\n", "");
    broken = edit(broken, "      Handler: " + CUSTOMERS_HANDLER + "\n", "      Handler: " + CUSTOMERS_HANDLER + "\n"
        + "      Environment:\n        Variables:\n          TABLE_NAME: !Ref Table\n");
    var problems = checks(broken).environment();
    assertEquals(List.of("LedgerFunction", "SettingsFunction", "WebhooksFunction", "EarningFunction",
            "EnrolmentFunction", "VendorPanelFunction", "CardsFunction", "TableStreamFunction", "CheckoutFunction",
            "RedemptionSweepFunction", "BadgesFunction", "ReportsFunction", "AutomationFunction", "GiftsFunction",
            "GiftRunFunction", "NotifierFunction", "GiftBatchFunction"),
        problems.stream().map(p -> p.substring(0, p.indexOf(':'))).toList(), String.join("\n", problems));
  }

  @Test
  void readsAreFoundInCodeOnlyAndNonLiteralNamesAreReported() {
    String source = """
        /** Mentions Env.require("IN_JAVADOC") and System.getenv("ALSO_NOT_READ"). */
        class Example {
          // Env.require("IN_LINE_COMMENT")
          String text = "Env.require(\\"IN_A_STRING\\")";
          String a = Env.require("ALPHA");
          String b = Env.optional( "BETA", "fallback");
          String c = System.getenv("GAMMA");
          String d = System.getenv(computed());
          java.util.Map<String, String> all = System.getenv();
        }
        """;
    var reads = EnvironmentReads.scanSource("Example.java", source, false);
    assertEquals(List.of(
        new EnvironmentReads.Read("ALPHA", "Example.java", 5),
        new EnvironmentReads.Read("BETA", "Example.java", 6),
        new EnvironmentReads.Read("GAMMA", "Example.java", 7),
        new EnvironmentReads.Read(null, "Example.java", 8),
        new EnvironmentReads.Read(null, "Example.java", 9)), reads);
    assertEquals(List.of(new EnvironmentReads.Read("ALPHA", "Env.java", 5),
            new EnvironmentReads.Read("BETA", "Env.java", 6), new EnvironmentReads.Read("GAMMA", "Env.java", 7)),
        EnvironmentReads.scanSource("Env.java", source, true), "Env itself may pass a name through");
  }

  // ---- routes -----------------------------------------------------------------------------------------------------

  @Test
  void aServedRouteWithoutItsEventFails() {
    String broken = cut("        GetBalance:\n", "        ListTransactions:\n");
    assertEquals(List.of("LedgerFunction: serves GET /v1/customers/{customerId}/balance but has no HttpApi event for"
        + " it"), checks(broken).routes(routes));
  }

  @Test
  void anEventNamingARouteNobodyServesFails() {
    String broken = edit("Path: /v1/customers/{customerId}/balance", "Path: /v1/customers/{customerId}/points");
    assertEquals(List.of(
        "LedgerFunction: serves GET /v1/customers/{customerId}/balance but has no HttpApi event for it",
        "LedgerFunction: HttpApi event GetBalance names GET /v1/customers/{customerId}/points, which LedgerFunction"
            + " does not serve"), checks(broken).routes(routes));
  }

  @Test
  void anEventWithTheWrongMethodFails() {
    String broken = edit("""
                    Method: DELETE
                    Path: /v1/customers/{customerId}/transactions/{entryId}
        """, """
                    Method: POST
                    Path: /v1/customers/{customerId}/transactions/{entryId}
        """);
    assertEquals(List.of(
        "LedgerFunction: serves DELETE /v1/customers/{customerId}/transactions/{entryId} but has no HttpApi event"
            + " for it",
        "LedgerFunction: HttpApi event DeleteTransaction names POST /v1/customers/{customerId}/transactions/{entryId},"
            + " which LedgerFunction does not serve"), checks(broken).routes(routes));
  }

  @Test
  void anEventWithoutTheApiIdFails() {
    String broken = edit("""
                GetBalance:
                  Type: HttpApi
                  Properties:
                    ApiId: !Ref HttpApi
        """, """
                GetBalance:
                  Type: HttpApi
                  Properties:
        """);
    assertEquals(List.of("LedgerFunction: HttpApi event GetBalance has ApiId null; it must be !Ref of the template's"
        + " AWS::Serverless::HttpApi [HttpApi] (without it SAM creates a second, implicit API)"),
        checks(broken).routes(routes));
  }

  @Test
  void anHttpEventOnAFunctionThatIsNoHttpFunctionFails() {
    String broken = edit("""
              Events:
                TableChanges:
        """, """
              Events:
                Stray:
                  Type: HttpApi
                  Properties:
                    ApiId: !Ref HttpApi
                    Method: get
                    Path: /v1/stream
                TableChanges:
        """);
    assertEquals(List.of("TableStreamFunction: HttpApi event Stray (GET /v1/stream) points at TableStreamFunction,"
        + " which is not an HTTP function"), checks(broken).routes(routes));
  }

  // ---- policies ---------------------------------------------------------------------------------------------------

  @Test
  void aStatementOnEveryResourceFails() {
    String broken = edit("              Resource: !GetAtt TableStreamFailures.Arn",
        "              Resource: '*'");
    assertEquals(List.of("TableStreamFunction: statement RecordBatchesThatKeptFailing allows Resource \"*\"; name the"
        + " table (and index) ARNs"), checks(broken).policies());
  }

  @Test
  void aStatementWithEveryActionFails() {
    String broken = edit("""
                    - Sid: GuardEntryAndBalanceInOneTransaction
                      Effect: Allow
                      Action:
                        - dynamodb:PutItem
                        - dynamodb:UpdateItem
        """, """
                    - Sid: GuardEntryAndBalanceInOneTransaction
                      Effect: Allow
                      Action: dynamodb:*
        """);
    assertEquals(List.of("LedgerFunction: statement GuardEntryAndBalanceInOneTransaction allows every action"
        + " (dynamodb:*); list the actions the code makes"), checks(broken).policies());
  }

  @Test
  void aFullAccessManagedPolicyFails() {
    String ledgerPolicies = "      Handler: nl.klantpunten.functions.ledger.LedgerFunction::handleRequest\n"
        + "      LoggingConfig:\n        LogGroup: !Ref LedgerLogs\n      Policies:\n";
    String broken = edit(ledgerPolicies, ledgerPolicies + "        - AmazonDynamoDBFullAccess\n"
        + "        - !Sub arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess\n"
        + "        - DynamoDBReadPolicy:\n            TableName: !Ref Table\n");
    assertEquals(List.of(
        "LedgerFunction: uses the managed policy AmazonDynamoDBFullAccess; grant the actions the code makes on the"
            + " table instead",
        "LedgerFunction: uses the managed policy arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess; grant"
            + " the actions the code makes on the table instead"), checks(broken).policies());
  }

  // ---- table ------------------------------------------------------------------------------------------------------

  @Test
  void aDifferentSortKeyFails() {
    String broken = edit("""
                - AttributeName: sk
                  KeyType: RANGE
        """, """
                - AttributeName: sortKey
                  KeyType: RANGE
        """);
    assertEquals(List.of("Table: sort key (KeySchema RANGE): template has sortKey, TableSchema has sk"),
        checks(broken).table(tableSchema));
  }

  @Test
  void aDifferentIndexStreamOrTtlFails() {
    String broken = edit("            ProjectionType: ALL", "            ProjectionType: KEYS_ONLY");
    broken = edit(broken, "StreamViewType: NEW_AND_OLD_IMAGES", "StreamViewType: NEW_IMAGE");
    broken = edit(broken, "        AttributeName: ttl\n", "        AttributeName: expiresAt\n");
    assertEquals(List.of(
        "Table: index gsi1 projection: template has KEYS_ONLY, TableSchema has ALL",
        "Table: StreamSpecification.StreamViewType: template has NEW_IMAGE, TableSchema has NEW_AND_OLD_IMAGES",
        "Table: TimeToLiveSpecification (enabled, AttributeName): template has expiresAt, TableSchema has ttl"),
        checks(broken).table(tableSchema));
  }

  @Test
  void aMissingIndexAndAnUnprotectedTableFail() {
    String broken = cut("      GlobalSecondaryIndexes:\n", "      PointInTimeRecoverySpecification:\n");
    broken = edit(broken, "PointInTimeRecoveryEnabled: true", "PointInTimeRecoveryEnabled: false");
    broken = edit(broken, "SSEEnabled: true", "SSEEnabled: false");
    broken = edit(broken, "with the stack\n    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n",
        "with the stack\n    DeletionPolicy: Delete\n    UpdateReplacePolicy: Delete\n");
    broken = edit(broken, "DeletionProtectionEnabled: true", "DeletionProtectionEnabled: false");
    assertEquals(List.of(
        "Table: global secondary index gsi1 is missing; TableSchema creates Index[hashKey=gsi1pk, rangeKey=gsi1sk,"
            + " projection=ALL]",
        "Table: global secondary index gsi2 is missing; TableSchema creates Index[hashKey=gsi2pk, rangeKey=points,"
            + " projection=INCLUDE]",
        "Table: DeletionPolicy is Delete; the ledger must be Retain",
        "Table: UpdateReplacePolicy is Delete; the ledger must be Retain",
        "Table: DeletionProtectionEnabled must be true",
        "Table: PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled must be true",
        "Table: SSESpecification.SSEEnabled must be true"), checks(broken).table(tableSchema));
  }

  // ---- the loader -------------------------------------------------------------------------------------------------

  @Test
  void shortIntrinsicTagsBecomeTheirLongForm() {
    Map<String, Object> parsed = CloudFormationYaml.parse("""
        A: !Ref Table
        B: !GetAtt Table.StreamArn
        C: !Sub "arn:${AWS::Partition}:x"
        D: !Join [",", [a, b]]
        """);
    assertEquals(Map.of("Ref", "Table"), parsed.get("A"));
    assertEquals(Map.of("Fn::GetAtt", List.of("Table", "StreamArn")), parsed.get("B"));
    assertEquals(Map.of("Fn::Sub", "arn:${AWS::Partition}:x"), parsed.get("C"));
    assertEquals(Map.of("Fn::Join", List.of(",", List.of("a", "b"))), parsed.get("D"));
    assertThrows(RuntimeException.class, () -> CloudFormationYaml.parse("A: 1\nA: 2\n"), "duplicate keys refused");
  }

  // ---- helpers ----------------------------------------------------------------------------------------------------

  private static TemplateChecks checks(String text) {
    return TemplateTest.checks(text);
  }

  private static String jarOf(String artifactId) {
    return modules.lambdaJar(modules.all().stream().filter(m -> m.artifactId().equals(artifactId)).findFirst()
        .orElseThrow());
  }

  /** The real template with one fragment (which must occur exactly once) replaced. */
  private static String edit(String from, String to) {
    return edit(template, from, to);
  }

  private static String edit(String text, String from, String to) {
    int at = text.indexOf(from);
    assertTrue(at >= 0, "template.yaml no longer contains the fragment this test breaks:\n" + from);
    assertEquals(-1, text.indexOf(from, at + 1), "the fragment occurs more than once:\n" + from);
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  /** The real template without the lines from {@code start} up to (not including) {@code end}. */
  private static String cut(String start, String end) {
    return cut(template, start, end);
  }

  private static String cut(String text, String start, String end) {
    int from = text.indexOf(start);
    int to = text.indexOf(end, from + 1);
    assertTrue(from >= 0 && to > from, "template.yaml no longer has a section from " + start + " to " + end);
    return text.substring(0, from) + text.substring(to);
  }

  private static void assertContains(List<String> problems, String expected) {
    assertTrue(problems.contains(expected), "expected\n  " + expected + "\namong\n  " + String.join("\n  ", problems));
  }

  private static void assertContainsStartOf(List<String> problems, String prefix) {
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(prefix)),
        "expected a problem starting with\n  " + prefix + "\namong\n  " + String.join("\n  ", problems));
  }
}
