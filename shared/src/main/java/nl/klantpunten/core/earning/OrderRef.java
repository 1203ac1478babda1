package nl.klantpunten.core.earning;

import java.util.regex.Pattern;
import nl.klantpunten.core.error.ValidationException;

/**
 * Which order: where it came from ({@code api}, {@code woocommerce}, {@code shopify}) and the shop's id for it. The
 * source is part of the stored key, so two shops feeding one program cannot collide on order number 1001.
 */
public record OrderRef(String source, String id) {
  public static final String API = "api";
  public static final String WOOCOMMERCE = "woocommerce";
  public static final String SHOPIFY = "shopify";
  public static final int MAX_LENGTH = 128;
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._@+:=-]{1," + MAX_LENGTH + "}");

  public OrderRef {
    if (!API.equals(source) && !WOOCOMMERCE.equals(source) && !SHOPIFY.equals(source)) {
      throw new IllegalArgumentException("unknown order source " + source);
    }
  }

  /** The order's reference, refusing ids that could not be part of a key; the error names {@code field}. */
  public static OrderRef of(String source, String field, String id) {
    if (id == null || id.isBlank()) {
      throw ValidationException.of(field, "required", "the order's id is required");
    }
    if (!FORMAT.matcher(id).matches()) {
      throw ValidationException.of(field, "format",
          "1-" + MAX_LENGTH + " characters: letters, digits and . _ @ + : = -");
    }
    return new OrderRef(source, id);
  }

  /** {@code <source>:<id>}: the order's name in storage and in ledger entries' source references. */
  public String key() {
    return source + ":" + id;
  }
}
