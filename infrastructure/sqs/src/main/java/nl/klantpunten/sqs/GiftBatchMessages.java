package nl.klantpunten.sqs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.gift.GiftId;
import nl.klantpunten.core.gift.GiftPeriod;
import nl.klantpunten.core.gift.QueuedGiftBatch;
import nl.klantpunten.core.program.ProgramId;

/**
 * The body of a gift batch message: a small JSON document the gift run writes and the gift batch function reads
 * ({@code programId, giftId, period: {startDate, start, end}, customerIds[]}). Decoding refuses anything else
 * ({@link Malformed}), so a foreign or broken message fails on its own and ends in the dead-letter queue. A batch is
 * at most one segment page (100 ids), far below the 256 KB message limit.
 */
public final class GiftBatchMessages {

  private GiftBatchMessages() {}

  public static String encode(QueuedGiftBatch batch) {
    Map<String, Object> period = new LinkedHashMap<>();
    period.put("startDate", batch.period().startDate().toString());
    period.put("start", batch.period().start().toString());
    period.put("end", batch.period().end().toString());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("programId", batch.program().value());
    m.put("giftId", batch.gift().value());
    m.put("period", period);
    m.put("customerIds", batch.customers().stream().map(CustomerId::value).toList());
    return MessageJson.write(m);
  }

  public static QueuedGiftBatch decode(String body) {
    Map<String, Object> m = MessageJson.readObject(body, Malformed::new);
    try {
      if (!(m.get("period") instanceof Map<?, ?> p)) {
        throw new Malformed("field period is missing or not an object", null);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> period = (Map<String, Object>) p;
      if (!(m.get("customerIds") instanceof List<?> ids) || ids.isEmpty()) {
        throw new Malformed("field customerIds is missing, empty or not a list", null);
      }
      List<CustomerId> customers = new ArrayList<>(ids.size());
      for (Object id : ids) {
        if (!(id instanceof String s)) {
          throw new Malformed("customerIds holds a value that is not a string", null);
        }
        customers.add(new CustomerId(s));
      }
      return new QueuedGiftBatch(new ProgramId(text(m, "programId")), new GiftId(text(m, "giftId")),
          new GiftPeriod(LocalDate.parse(text(period, "startDate")), Instant.parse(text(period, "start")),
              Instant.parse(text(period, "end"))),
          customers);
    } catch (ValidationException | IllegalArgumentException | DateTimeParseException e) {
      throw new Malformed(e.getMessage(), e);
    }
  }

  private static String text(Map<String, Object> m, String field) {
    if (m.get(field) instanceof String s && !s.isBlank()) {
      return s;
    }
    throw new Malformed("field " + field + " is missing or not a string", null);
  }

  /** The message is not a gift batch this product wrote; retrying cannot help. */
  public static final class Malformed extends RuntimeException {
    public Malformed(String message, Throwable cause) {
      super("malformed gift batch message: " + message, cause);
    }
  }
}
