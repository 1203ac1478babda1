package nl.klantpunten.core.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.klantpunten.core.customer.Customer;
import nl.klantpunten.core.program.Program;
import nl.klantpunten.core.settings.NotificationSettings;
import nl.klantpunten.core.store.CustomerStore;
import nl.klantpunten.core.store.LedgerStore;
import nl.klantpunten.core.store.NotificationLog;
import nl.klantpunten.core.store.ProgramStore;
import nl.klantpunten.core.store.SettingsStore;
import nl.klantpunten.core.store.TemplateStore;

/**
 * Turns one notification into at most one email.
 *
 * <p>Exactly once, as far as it can be: the notification is first CLAIMED with a conditional write, then sent, then
 * marked SENT. A second delivery finds the claim or the mark and sends nothing. A failed send releases the claim
 * (the next delivery sends). If the process dies after SES accepted the email but before the mark, the claim stays;
 * once it is older than {@link #LEASE} a redelivery sends again: the customer may then get that one email twice. We
 * choose that over the alternative (mark first, send after), which loses the email in the same crash; SES v2 has
 * no idempotency key that would close the gap. The lease is longer than the notifier's timeout, so a slow but live
 * sender is never overtaken.
 *
 * <p>A customer who is gone, has no email address or opted out is skipped, and the skip is recorded with its reason.
 */
public final class DeliverNotification {
  /** Longer than the notifier's Lambda timeout (30 s), shorter than the queue's retry span (5 × 60 s). */
  public static final Duration LEASE = Duration.ofMinutes(2);
  private final ProgramStore programs;
  private final SettingsStore settings;
  private final CustomerStore customers;
  private final LedgerStore ledger;
  private final TemplateStore templates;
  private final NotificationLog log;
  private final EmailSender email;
  private final Clock clock;
  private final String defaultSender;

  public DeliverNotification(ProgramStore programs, SettingsStore settings, CustomerStore customers,
      LedgerStore ledger, TemplateStore templates, NotificationLog log, EmailSender email, Clock clock,
      String defaultSender) {
    this.programs = programs;
    this.settings = settings;
    this.customers = customers;
    this.ledger = ledger;
    this.templates = templates;
    this.log = log;
    this.email = email;
    this.clock = clock;
    this.defaultSender = defaultSender;
  }

  /** What became of a notification. */
  public record Outcome(String status, String detail) {
    static Outcome sent(String messageId) {
      return new Outcome("SENT", messageId);
    }

    static Outcome skipped(String reason) {
      return new Outcome("SKIPPED", reason);
    }

    static Outcome duplicate(String recorded) {
      return new Outcome("DUPLICATE", recorded);
    }
  }

  /**
   * Sends or skips the notification. Throws when it must be delivered again later (another delivery is sending
   * it right now, or sending failed).
   */
  public Outcome deliver(Notification n) {
    Instant now = clock.instant();
    NotificationLog.Claim claim = log.claim(n.programId(), n.customerId(), n.notificationId(), n.type().name(), now,
        LEASE);
    switch (claim) {
      case SENT_BEFORE, SKIPPED_BEFORE -> {
        return Outcome.duplicate(claim.name());
      }
      case IN_PROGRESS -> throw new InProgress(n.notificationId());
      case CLAIMED -> {
        // go on below
      }
    }
    String messageId;
    try {
      Optional<String> sent = render(n).map(email::send);
      if (sent.isEmpty()) {
        return Outcome.skipped(log.find(n.programId(), n.customerId(), n.notificationId())
            .map(NotificationLog.Entry::reason).orElse("SKIPPED"));
      }
      messageId = sent.get();
    } catch (RuntimeException e) {
      // nothing was sent (or SES said no): give the claim up so the next delivery tries again at once
      log.release(n.programId(), n.customerId(), n.notificationId(), now);
      throw e;
    }
    log.markSent(n.programId(), n.customerId(), n.notificationId(), messageId, clock.instant());
    return Outcome.sent(messageId);
  }

  /** The email to send, or empty when the notification is skipped (the skip is recorded here). */
  private Optional<EmailSender.Email> render(Notification n) {
    Optional<Program> program = programs.find(n.programId());
    Optional<Customer> customer = customers.find(n.programId(), n.customerId());
    String skip = program.isEmpty() ? "PROGRAM_MISSING"
        : customer.isEmpty() ? "CUSTOMER_MISSING"
        : customer.get().email() == null || customer.get().email().isBlank() ? "NO_EMAIL"
        : !customer.get().emailOptIn() ? "OPTED_OUT"
        : null;
    if (skip != null) {
      log.markSkipped(n.programId(), n.customerId(), n.notificationId(), skip, clock.instant());
      return Optional.empty();
    }
    NotificationSettings config = settings.load(n.programId()).notifications();
    String language = config.language();
    EmailTemplate template = templates.find(n.programId(), n.type(), language)
        .orElseGet(() -> DefaultTemplates.of(n.type(), language));
    RenderedEmail rendered;
    try {
      rendered = TemplateRenderer.render(template, values(n, program.get(), customer.get()));
    } catch (TemplateRenderer.MissingValues missing) {
      // the data will never gain the value: retrying cannot help, so this is recorded as a skip
      log.markSkipped(n.programId(), n.customerId(), n.notificationId(),
          "MISSING_VALUES:" + String.join(",", missing.names()), clock.instant());
      return Optional.empty();
    }
    String from = config.senderAddress() != null ? config.senderAddress() : defaultSender;
    return Optional.of(new EmailSender.Email(from, customer.get().email(), rendered.subject(), rendered.html(),
        rendered.text()));
  }

  /** The template's values: the notification's data, the customer, the program and the balance now. */
  private Map<String, String> values(Notification n, Program program, Customer customer) {
    Map<String, String> values = new HashMap<>();
    n.data().forEach((key, value) -> values.put(placeholderName(key), value));
    values.put("customer.name", customer.name());
    values.put("program.name", program.name());
    if (!values.containsKey("balance")) {
      ledger.balance(n.programId(), n.customerId()).ifPresent(b -> values.put("balance", Long.toString(b.points())));
    }
    if (!values.containsKey("points.missing") && values.containsKey("reward.points") && values.containsKey("balance")) {
      try {
        long missing = Long.parseLong(values.get("reward.points")) - Long.parseLong(values.get("balance"));
        values.put("points.missing", Long.toString(Math.max(0, missing)));
      } catch (NumberFormatException e) {
        // not numbers: the template cannot use points.missing, and says so as a recorded skip
      }
    }
    return values;
  }

  /** The outbox contract's data keys (badgeTitle, rewardName…) as placeholder names (badge.title, reward.name…). */
  static String placeholderName(String dataKey) {
    return switch (dataKey) {
      case "badgeTitle" -> "badge.title";
      case "rewardName" -> "reward.name";
      case "rewardPoints", "pointsRequired" -> "reward.points";
      case "pointsMissing" -> "points.missing";
      case "giftName" -> "gift.name";
      default -> dataKey;
    };
  }

  /** Another delivery of the same notification holds the claim; try again later. */
  public static final class InProgress extends RuntimeException {
    public InProgress(String notificationId) {
      super("notification " + notificationId + " is being sent by another delivery");
    }
  }
}
