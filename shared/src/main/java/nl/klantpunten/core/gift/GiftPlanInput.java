package nl.klantpunten.core.gift;

import java.time.DayOfWeek;
import java.time.DateTimeException;
import java.time.Month;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.klantpunten.core.error.Violations;
import nl.klantpunten.core.segment.Segment;
import nl.klantpunten.core.segment.SegmentInput;
import nl.klantpunten.core.settings.FieldReader;

/**
 * The body of PUT /v1/gifts/{giftId}: {@code {"points": 50, "description": "Monthly thank-you", "cadence": {"type":
 * "monthly", "day": 1}, "segment": {"badge": "gold"}, "active": true}}. Cadences: {@code {"type": "daily"}},
 * {@code {"type": "weekly", "day": "monday"}}, {@code {"type": "monthly", "day": 1..31}} and {@code {"type":
 * "yearly", "month": 1..12, "day": 1..31}} (a real date; 29 February allowed). {@code active} defaults to true.
 * Every customer: {@code "segment": {"minBalance": 0}}.
 */
public record GiftPlanInput(long points, String description, Cadence cadence, Segment segment, boolean active) {
  public static final long MAX_POINTS = 1_000_000;
  public static final int MAX_DESCRIPTION = 200;
  private static final Set<String> FIELDS = Set.of("points", "description", "cadence", "segment", "active");

  public static GiftPlanInput parse(Map<String, Object> body) {
    Violations v = new Violations();
    FieldReader in = new FieldReader(body, "", v).only(FIELDS);
    Long points = in.whole("points");
    if (points == null) {
      if (!in.has("points")) {
        v.add("points", "required", "the points each customer gets per period");
      }
    } else if (points < 1 || points > MAX_POINTS) {
      v.add("points", "range", "must be from 1 to " + MAX_POINTS);
    }
    String description = in.text("description");
    if (description == null || description.isBlank()) {
      v.add("description", "required", "what the gift is for; customers see it");
    } else if (description.length() > MAX_DESCRIPTION) {
      v.add("description", "maxLength", "at most " + MAX_DESCRIPTION + " characters");
    }
    FieldReader cadenceIn = in.object("cadence");
    Cadence cadence = null;
    if (cadenceIn != null) {
      cadence = cadence(cadenceIn);
    } else if (!in.has("cadence")) {
      v.add("cadence", "required", "{\"type\": \"daily|weekly|monthly|yearly\", ...}");
    }
    FieldReader segmentIn = in.object("segment");
    Segment segment = null;
    if (segmentIn != null) {
      segment = SegmentInput.read(segmentIn);
    } else if (!in.has("segment")) {
      v.add("segment", "required", "who gets the gift, e.g. {\"badge\": \"gold\"}; everyone: {\"minBalance\": 0}");
    }
    Boolean active = in.bool("active");
    v.throwIfAny();
    return new GiftPlanInput(points, description.strip(), cadence, segment, active == null || active);
  }

  private static Cadence cadence(FieldReader in) {
    String type = in.choice("type", "daily", "weekly", "monthly", "yearly");
    if (type == null) {
      if (!in.has("type")) {
        in.violations().add(in.pathOf("type"), "required", "daily, weekly, monthly or yearly");
      }
      return null;
    }
    switch (type) {
      case "daily" -> {
        in.only(Set.of("type"));
        return new Cadence.Daily();
      }
      case "weekly" -> {
        in.only(Set.of("type", "day"));
        String day = in.choice("day", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
        if (day == null) {
          required(in, "day", "monday … sunday");
          return null;
        }
        return new Cadence.Weekly(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)));
      }
      case "monthly" -> {
        in.only(Set.of("type", "day"));
        Long day = in.whole("day");
        if (day == null) {
          required(in, "day", "1 … 31 (beyond a month's end: its last day)");
          return null;
        }
        if (day < 1 || day > 31) {
          in.violations().add(in.pathOf("day"), "range", "must be from 1 to 31");
          return null;
        }
        return new Cadence.Monthly(day.intValue());
      }
      default -> {
        in.only(Set.of("type", "month", "day"));
        Long month = in.whole("month");
        Long day = in.whole("day");
        if (month == null || day == null) {
          required(in, month == null ? "month" : "day", "a date: month 1 … 12 and day");
          return null;
        }
        try {
          if (month < 1 || month > 12) {
            throw new DateTimeException("month");
          }
          MonthDay.of(month.intValue(), day.intValue());
        } catch (DateTimeException | ArithmeticException e) {
          in.violations().add(in.pathOf("day"), "date", "month and day must form a date (29 February is allowed)");
          return null;
        }
        return new Cadence.Yearly(Month.of(month.intValue()), day.intValue());
      }
    }
  }

  private static void required(FieldReader in, String field, String what) {
    if (!in.has(field)) {
      in.violations().add(in.pathOf(field), "required", what);
    }
  }
}
