package nl.klantpunten.core.error;

/** One broken rule on one input field: {@code field} is a JSON-pointer-like path, {@code rule} a stable code. */
public record FieldError(String field, String rule, String message) {}
