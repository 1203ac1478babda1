package nl.klantpunten.core.earning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.settings.ActionPoints;
import nl.klantpunten.core.settings.ReviewMode;
import org.junit.jupiter.api.Test;

class CustomerActionTest {
  private static final ActionPoints EACH = new ActionPoints(50, 25, 10, ReviewMode.EACH);
  private static final ActionPoints ONCE = new ActionPoints(50, 25, 10, ReviewMode.ONCE);

  private static CustomerAction action(String type, String customer, String reference) {
    Map<String, Object> body = new HashMap<>();
    body.put("type", type);
    body.put("customerId", customer);
    body.put("reference", reference);
    return CustomerAction.parse(body);
  }

  private static List<String> errors(Map<String, Object> body) {
    return assertThrows(ValidationException.class, () -> CustomerAction.parse(body)).errors().stream()
        .map(f -> f.field() + ":" + f.rule()).toList();
  }

  @Test
  void pointsComeFromTheSettings() {
    assertEquals(50, action("registration", "c-1", "r").points(EACH));
    assertEquals(25, action("newsletter_signup", "c-1", "n").points(EACH));
    assertEquals(10, action("review", "c-1", "rev-1").points(EACH));
  }

  @Test
  void registrationAndNewsletterAreGuardedPerCustomerWhateverTheReference() {
    assertEquals(action("registration", "c-1", "a").guard(EACH), action("registration", "c-1", "b").guard(EACH));
    assertNotEquals(action("registration", "c-1", "a").guard(EACH), action("registration", "c-2", "a").guard(EACH));
    assertNotEquals(action("registration", "c-1", "a").guard(EACH).storageKey(),
        action("newsletter_signup", "c-1", "a").guard(EACH).storageKey());
  }

  @Test
  void reviewsEachAreGuardedPerReviewAndRememberTheirCustomer() {
    var one = action("review", "c-1", "rev-1").guard(EACH);
    var two = action("review", "c-1", "rev-2").guard(EACH);
    var otherCustomer = action("review", "c-2", "rev-1").guard(EACH);
    assertNotEquals(one.storageKey(), two.storageKey());
    assertEquals(one.storageKey(), otherCustomer.storageKey());
    assertNotEquals(one.fingerprint(), otherCustomer.fingerprint(), "the same review for someone else is refused");
  }

  @Test
  void reviewsOnceAreGuardedPerCustomer() {
    assertEquals(action("review", "c-1", "rev-1").guard(ONCE), action("review", "c-1", "rev-2").guard(ONCE));
  }

  @Test
  void theChangeIsAnEarnUnderTheActionsReason() {
    BalanceChange change = action("newsletter_signup", "c-1", "nl-7").change(25, "key1", EACH);
    assertEquals(EntryKind.EARN, change.kind());
    assertEquals(Reason.NEWSLETTER, change.reason());
    assertEquals(25, change.points());
    assertEquals("event:newsletter_signup:nl-7", change.sourceRef());
    assertEquals("action", change.idempotencyKey().scope());
  }

  @Test
  void rules() {
    assertEquals(List.of("type:required", "customerId:required", "reference:required"), errors(new HashMap<>()));
    Map<String, Object> bad = new HashMap<>(Map.of("type", "like", "customerId", "c#1", "reference", "a#b"));
    assertEquals(List.of("type:enum", "customerId:format", "reference:format"), errors(bad));
    Map<String, Object> extra = new HashMap<>(Map.of("type", "review", "customerId", "c", "reference", "r",
        "points", 100));
    assertEquals(List.of("points:unknown"), errors(extra));
    Map<String, Object> longRef = new HashMap<>(Map.of("type", "review", "customerId", "c", "reference",
        "x".repeat(129)));
    assertEquals(List.of("reference:format"), errors(longRef));
  }
}
