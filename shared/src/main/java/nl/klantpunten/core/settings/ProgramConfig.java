package nl.klantpunten.core.settings;

import java.util.Currency;
import nl.klantpunten.core.program.Program;
import nl.klantpunten.core.redemption.RedemptionSettings;

/** A program together with its settings: what earning needs to know about the tenant for one request. */
public record ProgramConfig(Program program, ProgramSettings settings) {

  public Currency currency() {
    return program.currency();
  }

  public EarningSettings earning() {
    return settings.earning();
  }

  public RedemptionSettings redemption() {
    return settings.redemption();
  }
}
