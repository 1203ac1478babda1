package nl.klantpunten.core.ledger;

import java.util.List;
import nl.klantpunten.core.outbox.OutboxMessage;

/**
 * What else one balance change's transaction checks or writes: {@code expectedVersion} makes the change apply only
 * to the balance version it was computed from (an automation's "set to 500" or "remove what is there"; a
 * different version is refused as BALANCE_CHANGED and nothing is written), {@code outbox} adds notification items.
 */
public record ChangeOptions(Long expectedVersion, List<OutboxMessage> outbox) {
  public static final ChangeOptions NONE = new ChangeOptions(null, List.of());
  public static final String BALANCE_CHANGED = "BALANCE_CHANGED";

  public ChangeOptions {
    outbox = List.copyOf(outbox);
  }

  public static ChangeOptions atVersion(long version) {
    return new ChangeOptions(version, List.of());
  }

  public static ChangeOptions notifying(OutboxMessage message) {
    return new ChangeOptions(null, List.of(message));
  }
}
