package nl.klantpunten.core.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.klantpunten.core.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Program ids start every storage key of a tenant; nothing but prg_ and lowercase letters and digits gets in. */
class ProgramIdTest {

  @Test
  void acceptsSixToFortyCharactersAfterThePrefix() {
    assertEquals("prg_abc123", new ProgramId("prg_abc123").value());
    new ProgramId("prg_" + "a".repeat(6));
    new ProgramId("prg_" + "0".repeat(40));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"prg_", "prg_abcde", "prg_ABC123", "prg_abc#12", "prg_abc/12", "prg_abc 12", "P#prg_abc123",
      "PRG_abc123", "prg-abc123", "prg_abc123\n", "prg_abcdefghijklmnopqrstuvwxyz0123456789abcde"})
  void refusesOtherShapes(String value) {
    ValidationException e = assertThrows(ValidationException.class, () -> new ProgramId(value));
    assertEquals("programId", e.errors().get(0).field());
  }

  @Test
  void refusesFortyOneCharactersAfterThePrefix() {
    assertThrows(ValidationException.class, () -> new ProgramId("prg_" + "a".repeat(41)));
  }
}
