package nl.klantpunten.core.program;

import java.time.Instant;
import java.util.Currency;

/** A tenant: its identity, currency and settings. */
public record Program(ProgramId id, String name, ProgramKind kind, Currency currency, Instant createdAt) {
  public static final int MAX_NAME_LENGTH = 200;
}
