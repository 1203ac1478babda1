package nl.klantpunten.api;

/** One use case behind one route: decode the request, call the core, encode the answer. */
@FunctionalInterface
public interface Operation {
  ApiResponse handle(ApiRequest request);
}
