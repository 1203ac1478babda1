package nl.klantpunten.admin;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import nl.klantpunten.core.error.FieldError;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.program.NewProgram;
import nl.klantpunten.core.program.Program;
import nl.klantpunten.core.program.ProgramId;

/** {@code tenant create}: a new program (one shop or one vendor's card) with a fresh id; prints the id. */
final class CreateTenant implements Command {
  @Override
  public String name() {
    return "tenant create";
  }

  @Override
  public List<String> options() {
    return List.of("name", "currency", "kind");
  }

  @Override
  public void run(Invocation invocation, Admin admin, PrintStream out, PrintStream err) {
    NewProgram input;
    try {
      input = NewProgram.parse(invocation.required("name"), invocation.optional("kind"),
          invocation.required("currency"));
    } catch (ValidationException e) {
      FieldError first = e.errors().get(0);
      throw new UsageException("--" + first.field() + ": " + first.message());
    }
    ProgramId id = new ProgramId(admin.ids().next("prg_").toLowerCase(Locale.ROOT));
    Program program = new Program(id, input.name(), input.kind(), input.currency(), admin.clock().instant());
    admin.stores().programs().create(program);
    out.println("programId: " + id);
    err.println("created " + input.kind().name().toLowerCase(Locale.ROOT) + " program '" + input.name() + "' ("
        + input.currency().getCurrencyCode() + ") in " + admin.target().describe()
        + "; next: key create --program " + id + " --role admin");
  }
}
