package nl.klantpunten.core.ledger;

import java.util.Locale;

/** What a ledger entry does to the balance. */
public enum EntryKind {
  EARN,
  SPEND,
  ADJUST,
  REVERSE,
  EXPIRE,
  RESERVE,
  RELEASE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
