package nl.klantpunten.functions.checkout;

import java.util.regex.Pattern;
import nl.klantpunten.core.error.NotFoundException;

/**
 * Redemption ids from the path: anything that is not {@code rdm_} + a ULID cannot exist, so it is a 404 without a
 * read (and never reaches a key).
 */
final class RedemptionIds {
  private static final Pattern FORMAT = Pattern.compile("rdm_[0-9A-HJKMNP-TV-Z]{26}");

  private RedemptionIds() {}

  static String check(String id) {
    if (id == null || !FORMAT.matcher(id).matches()) {
      throw new NotFoundException("redemption", "redemptionId", String.valueOf(id));
    }
    return id;
  }
}
