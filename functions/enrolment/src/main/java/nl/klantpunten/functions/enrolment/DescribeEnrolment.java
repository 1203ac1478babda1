package nl.klantpunten.functions.enrolment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.card.Enrolment;
import nl.klantpunten.core.card.Slug;
import nl.klantpunten.core.error.NotFoundException;

/**
 * GET /v1/enrol/{slug} (public): which program the link belongs to and what enrolling gives; 409
 * CARD_DISTRIBUTION_DISABLED ("enrolment in … is closed") while the vendor hands out no cards.
 */
final class DescribeEnrolment implements Operation {
  private final Enrolment enrolment;

  DescribeEnrolment(Enrolment enrolment) {
    this.enrolment = enrolment;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    String raw = request.pathParam("slug");
    Slug slug = Slug.fromPath(raw).orElseThrow(() -> new NotFoundException("enrolment link", "slug", raw));
    Enrolment.Offer offer = enrolment.offer(slug);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("programName", offer.programName());
    m.put("slug", offer.slug().value());
    m.put("welcomePoints", offer.welcomePoints());
    m.put("cardValidityMonths", offer.validityMonths());
    m.put("fields", List.of("email", "name"));
    return ApiResponse.ok(m).withHeader("cache-control", "public, max-age=60");
  }
}
