package nl.klantpunten.core.outbox;

import java.util.Map;
import java.util.Objects;

/**
 * A notification to a customer, written to the outbox IN THE SAME transaction as the change that causes it (the
 * item layout is in docs/data-model.md, "Outbox item"): {@code id} is deterministic from the cause (e.g. {@code
 * BADGE#gold#17}), so a change replayed never notifies twice; {@code type} is one of {@link Types}.
 */
public record OutboxMessage(String id, String type, Map<String, String> data) {

  public OutboxMessage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    data = Map.copyOf(data);
  }

  /** The notification types of the outbox contract. */
  public static final class Types {
    public static final String POINTS_EARNED = "POINTS_EARNED";
    public static final String REWARD_WITHIN_REACH = "REWARD_WITHIN_REACH";
    public static final String BADGE_UNLOCKED = "BADGE_UNLOCKED";

    private Types() {}
  }
}
