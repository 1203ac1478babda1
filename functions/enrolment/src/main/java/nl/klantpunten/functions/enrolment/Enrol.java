package nl.klantpunten.functions.enrolment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.JsonBody;
import nl.klantpunten.api.Operation;
import nl.klantpunten.api.Problems;
import nl.klantpunten.core.card.Enrolment;
import nl.klantpunten.core.card.EnrolmentThrottledException;
import nl.klantpunten.core.card.Slug;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.error.FieldError;
import nl.klantpunten.core.error.NotFoundException;

/**
 * POST /v1/enrol/{slug} {email, name} (public): 202, the same answer for a new and a known email; the card code goes
 * to that email only (the welcome email; a repeat enrolment sends it again). 429 with Retry-After when the program's
 * per-minute enrolments are used up; 409
 * CARD_DISTRIBUTION_DISABLED while the vendor hands out no cards. While the program's points are off the card is
 * given without welcome points.
 */
final class Enrol implements Operation {
  private static final Set<String> FIELDS = Set.of("email", "name");
  private final Enrolment enrolment;

  Enrol(Enrolment enrolment) {
    this.enrolment = enrolment;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    String raw = request.pathParam("slug");
    Slug slug = Slug.fromPath(raw).orElseThrow(() -> new NotFoundException("enrolment link", "slug", raw));
    JsonBody body = request.json().onlyFields(FIELDS);
    CustomerDetails details = CustomerDetails.parse(body.string("email"), body.string("name"), null);
    Enrolment.Enrolled enrolled;
    try {
      enrolled = enrolment.enrol(slug, details);
    } catch (EnrolmentThrottledException e) {
      return Problems.problem(429, "TOO_MANY_ENROLMENTS", "Too many requests", e.getMessage(),
          List.of(new FieldError("slug", "rateLimit", e.getMessage())), request.requestId())
          .withHeader("retry-after", Long.toString(e.retryAfterSeconds()));
    }
    // the same answer whether this email enrolled just now or long ago: nothing here tells who holds a card
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("programName", enrolled.programName());
    m.put("result", "emailSent");
    m.put("detail", "the card code is on its way to the email address given");
    return ApiResponse.json(202, m);
  }
}
