package nl.klantpunten.core.card;

import java.time.Instant;
import nl.klantpunten.core.program.ProgramId;

/**
 * A program's loyalty-card configuration as stored: its settings, and a version that guards concurrent changes
 * (a save names the version it read; 0 means "not configured yet").
 */
public record CardProgram(ProgramId programId, CardProgramSettings settings, long version, Instant updatedAt) {

  /** The URL the QR code on this program's card with {@code cardCode} encodes. */
  public String customerUrl(String cardCode) {
    return settings.customerBaseUrl().forCard(cardCode);
  }
}
