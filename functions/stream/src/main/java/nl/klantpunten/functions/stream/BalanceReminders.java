package nl.klantpunten.functions.stream;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.notification.BalanceReminder;
import nl.klantpunten.core.notification.OutboxNotice;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.settings.ProgramConfig;
import nl.klantpunten.core.settings.SettingsCache;
import nl.klantpunten.core.store.NotificationOutbox;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Balance reminders: when a committed change lifts a customer's balance to or past one of the program's
 * {@code notifications.reminderThresholds}, writes a BALANCE_REMINDER outbox item (the relay sends it on like any
 * other). It reads the balance item's old and new image from the stream, so no balance transaction grows and no
 * balance is read. The item's id is deterministic ({@link BalanceReminder}), so a redelivered batch writes nothing new.
 */
public final class BalanceReminders implements ChangeProcessor {
  private final SettingsCache settings;
  private final NotificationOutbox outbox;
  private final Clock clock;

  public BalanceReminders(SettingsCache settings, NotificationOutbox outbox, Clock clock) {
    this.settings = settings;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public void process(List<TableChange> changes) {
    for (int i = 0; i < changes.size(); i++) {
      TableChange change = changes.get(i);
      if (!change.isModify() || !"BALANCE".equals(change.itemType())) {
        continue;
      }
      try {
        remind(change);
      } catch (RuntimeException e) {
        throw new FailedChange(i, e);
      }
    }
  }

  private void remind(TableChange change) {
    long before = number(change.oldImage(), "points");
    long after = number(change.newImage(), "points");
    if (after <= before) {
      return;
    }
    Optional<Owner> owner = Owner.of(change.string("pk"));
    if (owner.isEmpty()) {
      return;
    }
    Optional<ProgramConfig> config = settings.find(owner.get().program());
    if (config.isEmpty()) {
      return;
    }
    List<Long> thresholds = config.get().settings().notifications().reminderThresholds();
    Optional<OutboxNotice> due = BalanceReminder.due(thresholds, before, after, number(change.newImage(), "version"));
    due.ifPresent(notice -> outbox.put(owner.get().program(), owner.get().customer(), notice, clock.instant()));
  }

  private static long number(Map<String, AttributeValue> image, String name) {
    AttributeValue value = image == null ? null : image.get(name);
    return value == null || value.n() == null ? 0 : Long.parseLong(value.n());
  }

  /** Program and customer of a customer partition key {@code P#<p>#C#<c>}. */
  private record Owner(ProgramId program, CustomerId customer) {
    static Optional<Owner> of(String pk) {
      String[] parts = pk == null ? new String[0] : pk.split("#");
      if (parts.length != 4 || !"P".equals(parts[0]) || !"C".equals(parts[2])) {
        return Optional.empty();
      }
      try {
        return Optional.of(new Owner(new ProgramId(parts[1]), new CustomerId(parts[3])));
      } catch (ValidationException e) {
        return Optional.empty();
      }
    }
  }
}
