package nl.klantpunten.core.program;

import java.util.regex.Pattern;
import nl.klantpunten.core.error.ValidationException;

/** A program (tenant: one shop or one vendor's card). Every stored key starts with it. */
public record ProgramId(String value) {
  private static final Pattern FORMAT = Pattern.compile("prg_[0-9a-z]{6,40}");

  public ProgramId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw ValidationException.of("programId", "format", "must look like prg_ followed by 6-40 lowercase letters or digits");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
