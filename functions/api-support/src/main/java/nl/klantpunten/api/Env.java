package nl.klantpunten.api;

/**
 * Environment variables a function reads. Every name read here must be set in template.yaml; the template test
 * finds them by scanning for {@code Env.require("…")} and {@code Env.optional("…")}.
 */
public final class Env {
  private Env() {}

  public static String require(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("environment variable " + name + " is not set");
    }
    return value;
  }

  public static String optional(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
