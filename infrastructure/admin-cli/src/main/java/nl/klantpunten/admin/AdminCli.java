package nl.klantpunten.admin;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.klantpunten.core.auth.ApiKeys;
import nl.klantpunten.core.id.Ids;
import nl.klantpunten.dynamodb.DynamoStores;
import nl.klantpunten.dynamodb.TableSchema;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * The operator's command line for tenants and API keys, against the local stack or a deployed table: it writes
 * through the same stores the functions read, so a key it creates works at once. Exit codes: 0 done, 1 the command
 * could not be done (unknown program or key, AWS refused), 2 the command line is wrong (help is printed).
 */
public final class AdminCli {
  static final String HELP = """
      Usage: java -jar klantpunten-admin-cli.jar <command> [options]

      Commands:
        tenant create --name NAME --currency CODE [--kind shop|vendor]
            Creates a program (tenant) and prints its id. Kind defaults to shop.
        tenant list
            Lists every program: id, kind, currency, created, name (scans the table: an operator's tool).
        key create --program PROGRAM_ID --role admin|webshop|vendor [--label TEXT]
            Creates an API key and prints its key id and the key. The key is shown only this once.
        key revoke --program PROGRAM_ID --key-id KEY_ID
            Revokes a key (running functions refuse it within 60 s).
        key list --program PROGRAM_ID
            Lists a program's keys: id, role, status, created, revoked, label.

      Where the table is (flags win over the environment):
        --table NAME        or TABLE_NAME (the stack's TableName output)
        --endpoint URL      or AWS_ENDPOINT_URL_DYNAMODB / AWS_ENDPOINT_URL; omit for AWS itself.
                            A localhost endpoint (DynamoDB Local, the local stack) uses the local stack's
                            dummy credentials and region us-east-1 unless --region is given.
        --region REGION     or AWS_REGION / AWS_DEFAULT_REGION, else the profile's region (needed for AWS)
        --profile NAME      or AWS_PROFILE: a profile of ~/.aws/config, including SSO (run `aws sso login`
                            first) and assume-role profiles (role_arn with source_profile)
        --create-table      create the table first if it does not exist (a fresh DynamoDB Local)

      Credentials for AWS come from the SDK's default chain (environment, profile, SSO, assume-role, instance role).
      Exit codes: 0 done, 1 could not be done, 2 wrong command line.
      """;

  private static final List<Command> COMMANDS =
      List.of(new CreateTenant(), new ListTenants(), new CreateKey(), new RevokeKey(), new ListKeys());

  private final Map<String, String> env;
  private final PrintStream out;
  private final PrintStream err;

  AdminCli(Map<String, String> env, PrintStream out, PrintStream err) {
    this.env = env;
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(new AdminCli(System.getenv(), System.out, System.err).run(args));
  }

  int run(String[] args) {
    try {
      Invocation invocation = Invocation.parse(args);
      if (invocation.wantsHelp()) {
        out.print(HELP);
        return 0;
      }
      if (invocation.command().isEmpty()) {
        throw new UsageException("no command given");
      }
      Command command = COMMANDS.stream().filter(c -> c.name().equals(invocation.command())).findFirst()
          .orElseThrow(() -> new UsageException("unknown command '" + invocation.command() + "'"));
      invocation.allowOnly(command.options());
      Target target = Target.from(invocation, env);
      try (DynamoDbClient dynamo = target.client()) {
        if (invocation.switches().contains("create-table")) {
          TableSchema.createIfMissing(dynamo, target.table());
        }
        Clock clock = Clock.systemUTC();
        Ids ids = new Ids(clock, new SecureRandom());
        Admin admin = new Admin(new DynamoStores(dynamo, target.table(), clock, ids), clock, ids,
            new ApiKeys(new SecureRandom()), target);
        command.run(invocation, admin, out, err);
        return 0;
      }
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println();
      err.print(HELP);
      return 2;
    } catch (CommandFailed e) {
      err.println("error: " + e.getMessage());
      return 1;
    } catch (ResourceNotFoundException e) {
      err.println("error: " + e.awsErrorDetails().errorMessage() + " (pass --create-table to create the table)");
      return 1;
    } catch (SdkException e) {
      err.println("error: DynamoDB refused or could not be reached: " + e.getMessage());
      return 1;
    }
  }
}
