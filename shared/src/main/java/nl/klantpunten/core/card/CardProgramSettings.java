package nl.klantpunten.core.card;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.function.Supplier;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.error.Violations;
import nl.klantpunten.core.ledger.PointsRules;

/**
 * What a vendor sets for its loyalty card. Absent numbers take their defaults; every field is checked at once so the
 * vendor sees all mistakes in one answer.
 *
 * @param slug public name in the enrolment link
 * @param customerBaseUrl the vendor's customer page; the QR code encodes it plus the card code
 * @param validity how long a new card is valid
 * @param welcomePoints what enrolling gives (0: nothing), credited through the ledger
 * @param cardLinkMinutes how long a card PDF link stays valid
 * @param enrolmentsPerMinute how many enrolments the program accepts per minute (the in-code throttle)
 * @param timeZone where the vendor is: issue and expiry dates are calendar dates there
 * @param distributionEnabled whether the vendor hands out cards now: off closes enrolment and refuses sales and new
 *     card PDFs (409 CARD_DISTRIBUTION_DISABLED) while existing cards, balances and lookups stay as they are
 */
public record CardProgramSettings(
    Slug slug,
    CustomerBaseUrl customerBaseUrl,
    CardValidity validity,
    long welcomePoints,
    int cardLinkMinutes,
    int enrolmentsPerMinute,
    ZoneId timeZone,
    boolean distributionEnabled) {

  public static final int DEFAULT_VALIDITY_MONTHS = 24;
  public static final int DEFAULT_CARD_LINK_MINUTES = 15;
  /**
   * A presigned link dies with the temporary credentials that signed it (the function's role session) even before
   * its own expiry; an hour keeps the promised validity well inside such a session.
   */
  public static final int MAX_CARD_LINK_MINUTES = 60;
  public static final int DEFAULT_ENROLMENTS_PER_MINUTE = 30;
  public static final int MAX_ENROLMENTS_PER_MINUTE = 6_000;
  public static final long MAX_WELCOME_POINTS = 1_000_000;
  public static final String DEFAULT_TIME_ZONE = "UTC";

  /** As {@link #parse(String, String, Long, Long, Long, Long, String, Boolean)} with distribution on. */
  public static CardProgramSettings parse(String slug, String customerBaseUrl, Long validityMonths, Long welcomePoints,
      Long cardLinkMinutes, Long enrolmentsPerMinute, String timeZone) {
    return parse(slug, customerBaseUrl, validityMonths, welcomePoints, cardLinkMinutes, enrolmentsPerMinute, timeZone,
        null);
  }

  /**
   * Checks and normalises a vendor's input; null numbers and time zone take their defaults, a null {@code
   * distributionEnabled} is on (so programs saved before the switch existed keep handing out cards).
   */
  public static CardProgramSettings parse(String slug, String customerBaseUrl, Long validityMonths, Long welcomePoints,
      Long cardLinkMinutes, Long enrolmentsPerMinute, String timeZone, Boolean distributionEnabled) {
    Violations v = new Violations();
    Slug parsedSlug = collect(v, () -> Slug.parse(slug));
    CustomerBaseUrl baseUrl = collect(v, () -> CustomerBaseUrl.parse("customerBaseUrl", customerBaseUrl));
    long months = orDefault(validityMonths, DEFAULT_VALIDITY_MONTHS);
    range(v, "validityMonths", months, CardValidity.MIN_MONTHS, CardValidity.MAX_MONTHS);
    long welcome = orDefault(welcomePoints, 0);
    range(v, "welcomePoints", welcome, 0, Math.min(MAX_WELCOME_POINTS, PointsRules.MAX_POINTS_PER_ENTRY));
    long linkMinutes = orDefault(cardLinkMinutes, DEFAULT_CARD_LINK_MINUTES);
    range(v, "cardLinkMinutes", linkMinutes, 1, MAX_CARD_LINK_MINUTES);
    long perMinute = orDefault(enrolmentsPerMinute, DEFAULT_ENROLMENTS_PER_MINUTE);
    range(v, "enrolmentsPerMinute", perMinute, 1, MAX_ENROLMENTS_PER_MINUTE);
    ZoneId zone = null;
    try {
      zone = ZoneId.of(timeZone == null || timeZone.isBlank() ? DEFAULT_TIME_ZONE : timeZone.strip());
    } catch (DateTimeException e) {
      v.add("timeZone", "zoneId", "must be a time zone id such as Europe/Amsterdam");
    }
    v.throwIfAny();
    return new CardProgramSettings(parsedSlug, baseUrl, new CardValidity((int) months), welcome, (int) linkMinutes,
        (int) perMinute, zone, distributionEnabled == null || distributionEnabled);
  }

  private static long orDefault(Long value, long fallback) {
    return value == null ? fallback : value;
  }

  private static void range(Violations v, String field, long value, long min, long max) {
    if (value < min || value > max) {
      v.add(field, "range", "must be a whole number from " + min + " to " + max);
    }
  }

  private static <T> T collect(Violations v, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (ValidationException e) {
      e.errors().forEach(f -> v.add(f.field(), f.rule(), f.message()));
      return null;
    }
  }
}
