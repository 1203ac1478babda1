package nl.klantpunten.core.error;

/** The addressed resource does not exist in the caller's program. Maps to 404. */
public final class NotFoundException extends RuntimeException {
  private final String resource;

  public NotFoundException(String resource, String id) {
    super(resource + " '" + id + "' does not exist");
    this.resource = resource;
  }

  public String resource() {
    return resource;
  }
}
