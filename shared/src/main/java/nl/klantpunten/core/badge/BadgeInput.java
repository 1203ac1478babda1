package nl.klantpunten.core.badge;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Set;
import nl.klantpunten.core.error.Violations;
import nl.klantpunten.core.settings.FieldReader;

/**
 * The body of {@code PUT /v1/badges/{badgeId}}: {title, description, iconUrl, fromPoints, toPoints|null}. Every
 * broken rule is reported at once, by field name; {@code toPoints} null or absent means "and up".
 */
public final class BadgeInput {
  public static final int MAX_TITLE = 80;
  public static final int MAX_DESCRIPTION = 500;
  public static final int MAX_URL = 500;
  private static final Set<String> FIELDS = Set.of("badgeId", "title", "description", "iconUrl", "fromPoints",
      "toPoints");

  private BadgeInput() {}

  public static Badge parse(BadgeId id, Map<String, Object> body) {
    Violations v = new Violations();
    FieldReader in = new FieldReader(body, "", v).only(FIELDS);
    String bodyId = in.text("badgeId");
    if (bodyId != null && !bodyId.equals(id.value())) {
      v.add("badgeId", "mismatch", "must equal the badge id in the path, or be left out");
    }
    String title = Texts.required(in, v, "title", MAX_TITLE);
    String description = Texts.optional(in, v, "description", MAX_DESCRIPTION);
    String iconUrl = Texts.optional(in, v, "iconUrl", MAX_URL);
    if (iconUrl != null && !isHttpUrl(iconUrl)) {
      v.add("iconUrl", "format", "must be an absolute http(s) URL");
    }
    Long from = in.whole("fromPoints");
    if (from == null && !in.has("fromPoints")) {
      v.add("fromPoints", "required", "the lowest points of the badge's range (inclusive) are required");
    } else if (from != null && from < 0) {
      v.add("fromPoints", "range", "must be 0 or more");
      from = null;
    }
    Long to = in.whole("toPoints");
    if (to != null && from != null && to < from) {
      v.add("toPoints", "range", "must be at least fromPoints (" + from + "), or null for no upper end");
    }
    v.throwIfAny();
    return new Badge(id, title, description, iconUrl, new PointsRange(from, to));
  }

  private static boolean isHttpUrl(String text) {
    try {
      URI uri = new URI(text);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
