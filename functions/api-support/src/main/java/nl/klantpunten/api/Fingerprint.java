package nl.klantpunten.api;

import nl.klantpunten.core.auth.ApiKeys;

/** Identifies a request's content, so an Idempotency-Key reused for another request is recognised. */
public final class Fingerprint {
  private Fingerprint() {}

  public static String of(ApiRequest request) {
    return ApiKeys.hash(request.method() + " " + request.path() + "\n" + (request.body() == null ? "" : request.body()));
  }
}
