package nl.klantpunten.core.program;

/** A webshop's program earns from orders; a vendor's program runs a loyalty card. */
public enum ProgramKind {
  SHOP,
  VENDOR
}
