package nl.klantpunten.core.automation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.Violations;
import nl.klantpunten.core.ledger.PointsRules;
import nl.klantpunten.core.segment.Segment;
import nl.klantpunten.core.segment.SegmentInput;
import nl.klantpunten.core.settings.FieldReader;

/**
 * A marketing automation's points action: {@code customerIds} (1 to {@link #MAX_CUSTOMERS}, each once) or a
 * {@code segment}, the {@code action}, its {@code points} (1..10^9 for add and remove, 0..10^9 for set) and a
 * mandatory {@code note} that every entry carries.
 */
public record AutomationCommand(List<CustomerId> customers, Segment segment, PointsAction action, long points,
    String note) {
  public static final int MAX_CUSTOMERS = 1_000;
  private static final Set<String> FIELDS = Set.of("customerIds", "segment", "action", "points", "note");

  public static AutomationCommand parse(Map<String, Object> body) {
    Violations v = new Violations();
    FieldReader in = new FieldReader(body, "", v).only(FIELDS);
    List<CustomerId> customers = customers(in);
    FieldReader segmentIn = in.object("segment");
    Segment segment = segmentIn == null ? null : SegmentInput.read(segmentIn);
    if (in.has("customerIds") == in.has("segment")) {
      v.add("customerIds", "oneOf", "give either customerIds or segment");
    }
    String actionName = in.choice("action", "add", "remove", "set");
    if (actionName == null && !in.has("action")) {
      v.add("action", "required", "add, remove or set");
    }
    Long points = in.whole("points");
    PointsAction action = actionName == null ? null : PointsAction.valueOf(actionName.toUpperCase());
    long lowest = action == PointsAction.SET ? 0 : 1;
    if (points == null) {
      if (!in.has("points")) {
        v.add("points", "required", "a whole number of points");
      }
    } else if (points < lowest || points > PointsRules.MAX_POINTS_PER_ENTRY) {
      v.add("points", "range", "must be from " + lowest + " to " + PointsRules.MAX_POINTS_PER_ENTRY);
    }
    String note = in.text("note");
    PointsRules.checkNote(v, "note", note);
    v.throwIfAny();
    return new AutomationCommand(customers, segment, action, points, note.strip());
  }

  private static List<CustomerId> customers(FieldReader in) {
    Object raw = in.raw("customerIds");
    if (raw == null) {
      return null;
    }
    if (!(raw instanceof List<?> list)) {
      in.violations().add("customerIds", "type", "must be an array of customer ids");
      return null;
    }
    if (list.isEmpty() || list.size() > MAX_CUSTOMERS) {
      in.violations().add("customerIds", "size", "1 to " + MAX_CUSTOMERS + " customer ids");
      return null;
    }
    Set<CustomerId> ids = new LinkedHashSet<>();
    for (int i = 0; i < list.size(); i++) {
      Object id = list.get(i);
      if (!(id instanceof String s) || !CustomerId.isValid(s)) {
        in.violations().add("customerIds[" + i + "]", "format", "not a customer id");
      } else if (!ids.add(new CustomerId(s))) {
        in.violations().add("customerIds[" + i + "]", "unique", "customer " + s + " is listed twice");
      }
    }
    return new ArrayList<>(ids);
  }
}
