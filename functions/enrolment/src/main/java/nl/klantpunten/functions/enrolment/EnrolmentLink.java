package nl.klantpunten.functions.enrolment;

import java.util.regex.Pattern;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.core.card.Slug;

/**
 * The shareable enrolment link, built from the address the vendor itself called: API Gateway passes the host the
 * client used (the execute-api name or a custom domain) and {@code x-forwarded-proto}, so the link is right for
 * every deployment without configuration. Without a usable host (a test event) the link is the path alone.
 */
final class EnrolmentLink {
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?");

  private EnrolmentLink() {}

  static String of(ApiRequest request, Slug slug) {
    String path = "/v1/enrol/" + slug.value();
    String host = request.header("host");
    if (host == null || !HOST.matcher(host).matches()) {
      return path;
    }
    String proto = "http".equals(request.header("x-forwarded-proto")) ? "http" : "https";
    return proto + "://" + host + path;
  }
}
