package nl.klantpunten.core.gift;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One period of a gift plan: from {@code start} (midnight of {@code startDate} in the program's time zone) until
 * {@code end} (the next period's start). Its {@code key}, the start date, names it in idempotency keys and
 * notification ids, so a customer gets a plan's gift at most once per period.
 */
public record GiftPeriod(LocalDate startDate, Instant start, Instant end) {

  public String key() {
    return startDate.toString();
  }

  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }
}
