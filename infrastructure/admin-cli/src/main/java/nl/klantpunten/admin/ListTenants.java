package nl.klantpunten.admin;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.klantpunten.core.program.Program;
import nl.klantpunten.core.program.ProgramId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * {@code tenant list}: every program in the table, oldest first: id, kind, currency, created, name. No access
 * pattern of the product lists all programs, so this is an operator's Scan (it reads the whole table, paged, and
 * costs read capacity in proportion); each program is then read through the program store like everywhere else.
 */
final class ListTenants implements Command {
  private static final String ROW = "%-32s  %-6s  %-8s  %-20s  %s%n";

  @Override
  public String name() {
    return "tenant list";
  }

  @Override
  public List<String> options() {
    return List.of();
  }

  @Override
  public void run(Invocation invocation, Admin admin, PrintStream out, PrintStream err) {
    List<Program> programs = new ArrayList<>();
    ScanRequest scan = ScanRequest.builder()
        .tableName(admin.target().table())
        .filterExpression("#type = :program")
        .projectionExpression("programId")
        .expressionAttributeNames(Map.of("#type", "type"))
        .expressionAttributeValues(Map.of(":program", AttributeValue.fromS("PROGRAM")))
        .build();
    admin.stores().client().scanPaginator(scan).items().forEach(item -> {
      AttributeValue id = item.get("programId");
      if (id != null && id.s() != null) {
        admin.stores().programs().find(new ProgramId(id.s())).ifPresent(programs::add);
      }
    });
    programs.sort(Comparator.comparing(Program::createdAt).thenComparing(p -> p.id().value()));
    out.printf(ROW, "PROGRAM ID", "KIND", "CURRENCY", "CREATED", "NAME");
    for (Program program : programs) {
      out.printf(ROW, program.id().value(), program.kind().name().toLowerCase(java.util.Locale.ROOT),
          program.currency().getCurrencyCode(), program.createdAt().truncatedTo(ChronoUnit.SECONDS), program.name());
    }
    err.println(programs.size() + " tenant(s) in " + admin.target().describe());
  }
}
