package nl.klantpunten.core.earning;

import nl.klantpunten.core.ledger.Reason;

/** Customer actions that earn fixed points: each with its wire name and the ledger reason it is booked under. */
public enum ActionType {
  REGISTRATION("registration", Reason.REGISTRATION, "Registration"),
  NEWSLETTER_SIGNUP("newsletter_signup", Reason.NEWSLETTER, "Newsletter sign-up"),
  REVIEW("review", Reason.REVIEW, "Review");

  private final String wireName;
  private final Reason reason;
  private final String label;

  ActionType(String wireName, Reason reason, String label) {
    this.wireName = wireName;
    this.reason = reason;
    this.label = label;
  }

  public String wireName() {
    return wireName;
  }

  public Reason reason() {
    return reason;
  }

  public String label() {
    return label;
  }

  static ActionType fromWire(String value) {
    for (ActionType t : values()) {
      if (t.wireName.equals(value)) {
        return t;
      }
    }
    return null;
  }
}
