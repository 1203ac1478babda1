package nl.klantpunten.core.error;

/**
 * The addressed resource does not exist in the caller's program. Maps to 404, naming the input {@code field} that
 * addressed it (by default {@code <resource>Id}), so a client sees which id was wrong.
 */
public final class NotFoundException extends RuntimeException {
  private final String resource;
  private final String field;

  public NotFoundException(String resource, String id) {
    this(resource, resource + "Id", id);
  }

  public NotFoundException(String resource, String field, String id) {
    super(resource + " '" + id + "' does not exist");
    this.resource = resource;
    this.field = field;
  }

  public String resource() {
    return resource;
  }

  /** The path parameter or body field that carried the unknown id. */
  public String field() {
    return field;
  }

  public FieldError error() {
    return new FieldError(field, "exists", getMessage());
  }
}
