package nl.klantpunten.functions.enrolment;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.core.card.CardProgram;
import nl.klantpunten.core.card.CardProgramSettings;

/** The JSON shape of a card program, with the enrolment link a vendor shares. */
final class CardProgramRepresentation {
  private CardProgramRepresentation() {}

  static Map<String, Object> of(CardProgram program, String programName, ApiRequest request) {
    CardProgramSettings s = program.settings();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("programName", programName);
    m.put("slug", s.slug().value());
    m.put("enrolmentLink", EnrolmentLink.of(request, s.slug()));
    m.put("customerBaseUrl", s.customerBaseUrl().value());
    m.put("validityMonths", s.validity().months());
    m.put("welcomePoints", s.welcomePoints());
    m.put("cardLinkMinutes", s.cardLinkMinutes());
    m.put("enrolmentsPerMinute", s.enrolmentsPerMinute());
    m.put("timeZone", s.timeZone().getId());
    m.put("distributionEnabled", s.distributionEnabled());
    m.put("version", program.version());
    m.put("updatedAt", program.updatedAt().toString());
    return m;
  }
}
