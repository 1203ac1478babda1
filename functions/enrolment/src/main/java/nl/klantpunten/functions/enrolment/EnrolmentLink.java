package nl.klantpunten.functions.enrolment;

import java.util.regex.Pattern;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.core.card.Slug;

/**
 * The shareable enrolment link, built from the address the vendor itself called: API Gateway passes the host the
 * client used (the execute-api name or a custom domain) and {@code x-forwarded-proto}, so the link is right for
 * every deployment without configuration. Without {@code x-forwarded-proto} (the local stack) a local host means
 * plain HTTP; without a usable host (a test event) the link is the path alone.
 */
final class EnrolmentLink {
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?");
  private static final Pattern LOCAL = Pattern.compile("(localhost|127\\.0\\.0\\.1)(:[0-9]{1,5})?");

  private EnrolmentLink() {}

  static String of(ApiRequest request, Slug slug) {
    String path = "/v1/enrol/" + slug.value();
    String host = request.header("host");
    if (host == null || !HOST.matcher(host).matches()) {
      return path;
    }
    String forwarded = request.header("x-forwarded-proto");
    String proto = forwarded == null ? (LOCAL.matcher(host).matches() ? "http" : "https")
        : "http".equals(forwarded) ? "http" : "https";
    return proto + "://" + host + path;
  }
}
