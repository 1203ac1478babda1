package nl.klantpunten.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.core.auth.ApiKeyRecord;
import nl.klantpunten.core.auth.ApiKeys;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.id.Ids;
import nl.klantpunten.core.program.Program;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.dynamodb.DynamoStores;
import nl.klantpunten.emulators.Emulators;
import nl.klantpunten.emulators.EmulatorsExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * The command line against DynamoDB Local, read back through the same stores the functions use: a tenant it creates
 * exists, a key it prints is found by its hash with the right role and program, a revoked key is inactive, and a
 * wrong command line exits 2 with a message and the help, writing nothing.
 */
@ExtendWith(EmulatorsExtension.class)
class AdminCliTest {
  private static final String TABLE = "admin-cli-test";
  private static String endpoint;
  private static DynamoDbClient dynamo;
  private static DynamoStores stores;

  @BeforeAll
  static void createTable(Emulators emulators) {
    endpoint = emulators.dynamoEndpoint().toString();
    Run created = run(Map.of(), "tenant", "create", "--name", "Table maker", "--currency", "EUR",
        "--endpoint", endpoint, "--table", TABLE, "--create-table");
    assertEquals(0, created.exit(), created.toString());
    dynamo = AwsClientConfig.local(emulators.dynamoEndpoint()).build(DynamoDbClient.builder());
    stores = new DynamoStores(dynamo, TABLE, Clock.systemUTC(), new Ids(Clock.systemUTC(), new SecureRandom()));
  }

  @Test
  void tenantCreatePrintsTheIdOfTheProgramItStored() {
    Run run = cli("tenant", "create", "--name", "  Bakkerij Jansen ", "--currency", "eur", "--kind", "VENDOR");
    assertEquals(0, run.exit(), run.toString());
    ProgramId id = new ProgramId(field(run.out(), "programId"));
    Program program = stores.programs().find(id).orElseThrow();
    assertEquals("Bakkerij Jansen", program.name());
    assertEquals(Currency.getInstance("EUR"), program.currency());
    assertEquals(ProgramKind.VENDOR, program.kind());
    assertEquals(ProgramKind.SHOP, stores.programs().find(newTenant()).orElseThrow().kind(), "shop by default");
  }

  @Test
  void tenantListShowsEveryProgramWithItsKindCurrencyAndName() {
    ProgramId shop = newTenant();
    Run vendor = cli("tenant", "create", "--name", "Bakkerij de Listing", "--currency", "GBP", "--kind", "vendor");
    ProgramId vendorId = new ProgramId(field(vendor.out(), "programId"));

    Run list = cli("tenant", "list");
    assertEquals(0, list.exit(), list.toString());
    List<String> lines = list.out().lines().toList();
    assertTrue(lines.get(0).startsWith("PROGRAM ID"), list.out());
    String vendorRow = lines.stream().filter(l -> l.startsWith(vendorId.value())).findFirst().orElseThrow();
    assertEquals(List.of(vendorId.value(), "vendor", "GBP"), List.of(vendorRow.split("\\s{2,}")).subList(0, 3));
    assertTrue(vendorRow.endsWith("Bakkerij de Listing"), vendorRow);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(shop.value() + " ") && l.contains(" shop ")), list.out());
    long programs = lines.size() - 1;
    assertTrue(list.err().startsWith(programs + " tenant(s) in table " + TABLE), list.err());
    assertEquals(programs, lines.stream().skip(1).map(l -> l.split("\\s+")[0]).distinct().count(), "each once");
  }

  @Test
  void aNamedProfileGivesTheRegionAndIsAcceptedForAws(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home)
      throws java.io.IOException {
    java.nio.file.Path config = java.nio.file.Files.writeString(home.resolve("config"), """
        [profile ops-sso]
        sso_session = corp
        sso_account_id = 123456789012
        sso_role_name = KlantpuntenOps
        region = eu-central-1
        [sso-session corp]
        sso_start_url = https://corp.awsapps.com/start
        sso_region = eu-west-1
        """);
    String before = System.getProperty("aws.configFile");
    System.setProperty("aws.configFile", config.toString());
    try {
      Target target = Target.from(Invocation.parse(new String[] {"tenant", "list", "--profile", "ops-sso",
          "--table", TABLE}), Map.of());
      assertEquals("eu-central-1", target.config().region().id(), "the profile's region");
      assertEquals("table " + TABLE + " in eu-central-1", target.describe());
    } finally {
      if (before == null) {
        System.clearProperty("aws.configFile");
      } else {
        System.setProperty("aws.configFile", before);
      }
    }
  }

  @Test
  void keyCreatePrintsAKeyThatIsFoundByItsHashWithItsRoleAndProgram() {
    ProgramId program = newTenant();
    Run run = cli("key", "create", "--program", program.value(), "--role", "webshop", "--label", "shop backend");
    assertEquals(0, run.exit(), run.toString());
    String key = field(run.out(), "key");
    String keyId = field(run.out(), "keyId");
    assertTrue(ApiKeys.looksLikeKey(key), key);

    ApiKeyRecord stored = stores.apiKeys().findByHash(ApiKeys.hash(key)).orElseThrow();
    assertEquals(keyId, stored.keyId());
    assertEquals(program, stored.programId());
    assertEquals(Role.WEBSHOP, stored.role());
    assertEquals("shop backend", stored.label());
    assertTrue(stored.active());
    assertTrue(run.err().contains("shown only this once"), run.err());
  }

  @Test
  void keyListShowsIdsRolesLabelsAndStatusButNeverKeysOrHashes() {
    ProgramId program = newTenant();
    Run admin = cli("key", "create", "--program", program.value(), "--role", "admin");
    Run vendor = cli("key", "create", "--program", program.value(), "--role", "vendor", "--label", "till 3");
    String vendorKey = field(vendor.out(), "key");
    assertEquals(0, cli("key", "revoke", "--program", program.value(), "--key-id", field(vendor.out(), "keyId"))
        .exit());

    Run list = cli("key", "list", "--program", program.value());
    assertEquals(0, list.exit(), list.toString());
    List<String> lines = list.out().lines().toList();
    assertEquals(3, lines.size(), list.out());
    assertTrue(lines.get(0).startsWith("KEY ID"), list.out());
    assertRow(lines, field(admin.out(), "keyId"), "admin", "active", "");
    assertRow(lines, field(vendor.out(), "keyId"), "vendor", "revoked", "till 3");
    for (String secret : List.of(vendorKey, ApiKeys.hash(vendorKey), field(admin.out(), "key"),
        ApiKeys.hash(field(admin.out(), "key")))) {
      assertFalse(list.out().contains(secret) || list.err().contains(secret), "key list printed a key or hash");
    }
  }

  @Test
  void keyRevokeMakesTheKeyInactive() {
    ProgramId program = newTenant();
    Run created = cli("key", "create", "--program", program.value(), "--role", "admin");
    String key = field(created.out(), "key");
    assertNull(stores.apiKeys().findByHash(ApiKeys.hash(key)).orElseThrow().revokedAt());

    Run revoked = cli("key", "revoke", "--program", program.value(), "--key-id", field(created.out(), "keyId"));
    assertEquals(0, revoked.exit(), revoked.toString());
    ApiKeyRecord stored = stores.apiKeys().findByHash(ApiKeys.hash(key)).orElseThrow();
    assertFalse(stored.active());
    assertNotNull(stored.revokedAt());
  }

  @Test
  void aKeyOfAnotherProgramOrAnUnknownProgramIsRefusedWithExitCode1() {
    ProgramId owner = newTenant();
    ProgramId other = newTenant();
    String keyId = field(cli("key", "create", "--program", owner.value(), "--role", "admin").out(), "keyId");

    Run revoke = cli("key", "revoke", "--program", other.value(), "--key-id", keyId);
    assertEquals(1, revoke.exit(), revoke.toString());
    assertTrue(revoke.err().contains("program " + other + " has no key " + keyId), revoke.err());
    assertEquals(1, stores.apiKeys().list(owner).size());
    assertTrue(stores.apiKeys().list(owner).get(0).active(), "another program's revoke left the key alone");

    Run unknown = cli("key", "create", "--program", "prg_doesnotexist", "--role", "admin");
    assertEquals(1, unknown.exit(), unknown.toString());
    assertTrue(unknown.err().contains("there is no program prg_doesnotexist"), unknown.err());
  }

  @Test
  void tableAndEndpointComeFromTheEnvironmentWhenNoFlagsAreGiven() {
    Run run = run(Map.of("TABLE_NAME", TABLE, "AWS_ENDPOINT_URL", endpoint, "AWS_REGION", "eu-west-1"),
        "tenant", "create", "--name", "From env", "--currency", "USD");
    assertEquals(0, run.exit(), run.toString());
    assertEquals("From env", stores.programs().find(new ProgramId(field(run.out(), "programId"))).orElseThrow()
        .name(), "a localhost endpoint ignores AWS_REGION and sees the local stack's database");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "no command                |                                                          | no command given",
      "unknown command           | tenant delete --name x                                   | unknown command 'tenant delete'",
      "missing currency          | tenant create --name Shop                                | 'tenant create' needs --currency",
      "bad currency              | tenant create --name Shop --currency EURO                | --currency: must be an ISO 4217",
      "bad kind                  | tenant create --name Shop --currency EUR --kind bank     | --kind: must be shop or vendor",
      "blank name                | tenant create --name ' ' --currency EUR                  | 'tenant create' needs --name",
      "unknown option            | tenant create --name Shop --currency EUR --colour red    | 'tenant create' has no option --colour",
      "option without value      | tenant create --currency EUR --name                      | --name needs a value",
      "option twice              | tenant create --name A --name B --currency EUR           | --name is given more than once",
      "single dash               | tenant create -name Shop --currency EUR                  | '-name' is not an option",
      "bad role                  | key create --program prg_abcdef123 --role owner          | --role: 'owner' is not a role",
      "bad program id            | key create --program shop-1 --role admin                 | --program: 'shop-1' must look like prg_",
      "bad key id                | key revoke --program prg_abcdef123 --key-id KEY#1        | --key-id: 'KEY#1' is not a key id",
      "switch with value         | key list --program prg_abcdef123 --create-table=yes      | --create-table takes no value",
      "bad endpoint              | key list --program prg_abcdef123 --endpoint localhost:8000 | --endpoint: 'localhost:8000' is not an http(s) URL"})
  void aWrongCommandLineExits2WithAMessageAndTheHelpAndWritesNothing(String why, String line, String message) {
    long before = itemCount();
    List<String> args = new ArrayList<>(splitQuoted(line == null ? "" : line));
    if (!why.equals("bad endpoint")) {
      args.addAll(List.of("--endpoint", endpoint));
    }
    args.addAll(List.of("--table", TABLE));
    Run run = run(Map.of(), args.toArray(String[]::new));
    assertEquals(2, run.exit(), run.toString());
    assertTrue(run.err().startsWith("error: "), run.err());
    assertTrue(run.err().lines().findFirst().orElseThrow().contains(message), run.err());
    assertTrue(run.err().contains("Usage: java -jar klantpunten-admin-cli.jar"), "help follows the message");
    assertEquals("", run.out());
    assertEquals(before, itemCount(), "a wrong command line writes nothing");
  }

  @Test
  void noTableAnywhereIsAUsageError() {
    Run run = run(Map.of(), "key", "list", "--program", "prg_abcdef123", "--endpoint", endpoint);
    assertEquals(2, run.exit(), run.toString());
    assertTrue(run.err().startsWith("error: which table? pass --table NAME or set TABLE_NAME"), run.err());
  }

  @Test
  void aMissingTableIsNamedWithTheFlagThatCreatesIt() {
    Run run = run(Map.of(), "key", "list", "--program", "prg_abcdef123", "--endpoint", endpoint,
        "--table", "no-such-table");
    assertEquals(1, run.exit(), run.toString());
    assertTrue(run.err().contains("--create-table"), run.err());
  }

  @Test
  void helpExitsZero() {
    Run run = run(Map.of(), "--help");
    assertEquals(0, run.exit());
    assertTrue(run.out().startsWith("Usage: "), run.out());
  }

  // ---- helpers ----------------------------------------------------------------------------------------------------

  record Run(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\nout:\n" + out + "\nerr:\n" + err;
    }
  }

  private static ProgramId newTenant() {
    Run run = cli("tenant", "create", "--name", "Test tenant", "--currency", "EUR");
    assertEquals(0, run.exit(), run.toString());
    return new ProgramId(field(run.out(), "programId"));
  }

  /** The CLI with --endpoint and --table of the test table. */
  private static Run cli(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--endpoint", endpoint, "--table", TABLE));
    return run(Map.of(), all.toArray(String[]::new));
  }

  private static Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit = new AdminCli(env, o, e).run(args);
    }
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String field(String output, String name) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + ": (\\S+)$").matcher(output);
    assertTrue(m.find(), "no '" + name + ": …' line in:\n" + output);
    String value = m.group(1);
    assertFalse(m.find(), "'" + name + "' printed more than once");
    return value;
  }

  private static void assertRow(List<String> lines, String keyId, String role, String status, String label) {
    String row = lines.stream().filter(l -> l.startsWith(keyId)).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + keyId + " in\n" + String.join("\n", lines)));
    List<String> cells = List.of(row.split("\\s{2,}"));
    assertEquals(keyId, cells.get(0), row);
    assertEquals(role, cells.get(1), row);
    assertEquals(status, cells.get(2), row);
    assertEquals(status.equals("revoked"), !cells.get(4).equals("-"), row);
    assertEquals(label, cells.size() > 5 ? cells.get(5) : "", row);
  }

  private static long itemCount() {
    return dynamo.scan(b -> b.tableName(TABLE).select(Select.COUNT)).count();
  }

  /** Splits on spaces, keeping 'single quoted' parts together. */
  private static List<String> splitQuoted(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("'([^']*)'|(\\S+)").matcher(line);
    while (m.find()) {
      out.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return out;
  }
}
