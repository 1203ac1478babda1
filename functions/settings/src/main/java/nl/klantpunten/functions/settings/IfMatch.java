package nl.klantpunten.functions.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantpunten.api.ApiException;
import nl.klantpunten.core.error.ValidationException;

/**
 * The If-Match header a settings write must carry: the ETag(s) of the version the change was made on. Missing:
 * 428, so no client can overwrite blindly; {@code *} is refused for the same reason. A weak tag never matches (RFC
 * 9110 compares If-Match strongly); a version that is not the current one: 412.
 */
record IfMatch(List<Long> versions) {
  private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"?([0-9]{1,18})\"?\\s*");

  static IfMatch require(String header) {
    if (header == null || header.isBlank()) {
      throw new ApiException(428, "PRECONDITION_REQUIRED", "Precondition required",
          "send If-Match with the ETag of GET /v1/settings, so that a concurrent change is not overwritten");
    }
    if (header.strip().equals("*")) {
      throw new ApiException(428, "PRECONDITION_REQUIRED", "Precondition required",
          "If-Match: * would overwrite any version; send the ETag of GET /v1/settings");
    }
    List<Long> versions = new ArrayList<>();
    for (String part : header.split(",")) {
      Matcher m = TAG.matcher(part);
      if (!m.matches()) {
        throw ValidationException.of("If-Match", "format", "must be an ETag such as \"3\" as GET returned it");
      }
      if (m.group(1) == null) {
        versions.add(Long.parseLong(m.group(2)));
      }
    }
    return new IfMatch(versions);
  }

  boolean matches(long version) {
    return versions.contains(version);
  }

  static ApiException stale(long current) {
    return new ApiException(412, "PRECONDITION_FAILED", "Precondition failed",
        "the settings changed since you read them (now version " + current + "); GET them again and redo the change");
  }
}
