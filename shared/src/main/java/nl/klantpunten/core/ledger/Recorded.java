package nl.klantpunten.core.ledger;

/** A balance change that is in the ledger; {@code replayed} when an idempotent retry found the first one. */
public record Recorded(LedgerEntry entry, boolean replayed) {}
