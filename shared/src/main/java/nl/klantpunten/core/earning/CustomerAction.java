package nl.klantpunten.core.earning;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.error.Violations;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.IdempotencyKey;
import nl.klantpunten.core.settings.ActionPoints;
import nl.klantpunten.core.settings.FieldReader;
import nl.klantpunten.core.settings.ReviewMode;

/**
 * Something a customer did that earns fixed points ({@code POST /v1/events}). How often it earns is enforced by a
 * guard item written in the same transaction as the entry (an {@link IdempotencyKey} of scope {@code action}):
 *
 * <ul>
 *   <li>registration and newsletter sign-up: once per customer (guard {@code <type>:<customerId>});
 *   <li>review, mode {@code each}: once per review (guard {@code review:<reference>}; the same reference for
 *       another customer is refused);
 *   <li>review, mode {@code once}: once per customer (guard {@code review-once:<customerId>}).
 * </ul>
 *
 * A repeated event (same type and reference) finds the guard and answers with the first entry, writing nothing.
 */
public record CustomerAction(ActionType type, CustomerId customerId, String reference) {
  public static final String SCOPE = "action";
  private static final Set<String> FIELDS = Set.of("type", "customerId", "reference");
  private static final Pattern REFERENCE = Pattern.compile("[\\x21-\\x22\\x24-\\x7E]{1,128}");

  public static CustomerAction parse(Map<String, Object> body) {
    Violations v = new Violations();
    FieldReader in = new FieldReader(body, "", v).only(FIELDS);
    String type = in.choice("type", "registration", "newsletter_signup", "review");
    if (!in.has("type")) {
      v.add("type", "required", "type is required: registration, newsletter_signup or review");
    }
    String customer = in.text("customerId");
    CustomerId customerId = null;
    if (customer == null) {
      v.add("customerId", "required", "the customer's id is required");
    } else {
      try {
        customerId = new CustomerId(customer);
      } catch (ValidationException e) {
        e.errors().forEach(f -> v.add(f.field(), f.rule(), f.message()));
      }
    }
    String reference = in.text("reference");
    if (reference == null) {
      v.add("reference", "required", "a reference (your id for this event, e.g. the review's id) is required");
    } else if (!REFERENCE.matcher(reference).matches()) {
      v.add("reference", "format", "1-128 visible ASCII characters, no '#'");
    }
    v.throwIfAny();
    return new CustomerAction(ActionType.fromWire(type), customerId, reference);
  }

  /** The points this action earns under the program's settings; 0 when the action is switched off. */
  public long points(ActionPoints settings) {
    return switch (type) {
      case REGISTRATION -> settings.registration();
      case NEWSLETTER_SIGNUP -> settings.newsletterSignup();
      case REVIEW -> settings.review();
    };
  }

  /** The guard that lets this action earn only as often as the rules above say. */
  public IdempotencyKey guard(ActionPoints settings) {
    return switch (type) {
      case REGISTRATION, NEWSLETTER_SIGNUP -> perCustomer(type.wireName());
      case REVIEW -> settings.reviewMode() == ReviewMode.ONCE
          ? perCustomer("review-once")
          : new IdempotencyKey(SCOPE, "review:" + reference, "customer:" + customerId.value());
    };
  }

  private IdempotencyKey perCustomer(String name) {
    String value = name + ":" + customerId.value();
    return new IdempotencyKey(SCOPE, value, value);
  }

  /** The ledger change: {@code points} earned, booked under the action's reason. */
  public BalanceChange change(long points, String actor, ActionPoints settings) {
    String note = type.label() + (type == ActionType.REVIEW ? " " + reference : "");
    return new BalanceChange(customerId, points, EntryKind.EARN, type.reason(), note,
        "event:" + type.wireName() + ":" + reference, actor, guard(settings)).notifyingWhenEarned();
  }
}
