package nl.klantpunten.core.card;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Supplier;
import nl.klantpunten.core.customer.Customer;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.ConflictException;
import nl.klantpunten.core.error.ContentionException;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.IdempotencyKey;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.ledger.Recorded;
import nl.klantpunten.core.notification.NotificationType;
import nl.klantpunten.core.notification.OutboxNotice;
import nl.klantpunten.core.program.Program;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.settings.PointsSwitch;
import nl.klantpunten.core.store.CardProgramStore;
import nl.klantpunten.core.store.CardStore;
import nl.klantpunten.core.store.CustomerStore;
import nl.klantpunten.core.store.LedgerStore;
import nl.klantpunten.core.store.NotificationOutbox;
import nl.klantpunten.core.store.ProgramStore;
import nl.klantpunten.core.store.RateLimitStore;
import nl.klantpunten.core.store.SettingsStore;

/**
 * Enrolment through a vendor's public link, idempotent per email.
 *
 * <ol>
 *   <li>The slug names the program (its claim item); the program's per-minute counter must have room (else 429).</li>
 *   <li>The customer id is derived from the email ({@link EnrolledCustomerId}), so a second enrolment with the same
 *       email finds the first customer and gets the same card back.</li>
 *   <li>For a new customer, the card record is claimed first (conditional put, one per customer): racing requests
 *       with one email all end up with the code of whichever claim won. Then the customer is saved with that code;
 *       the customer store's program-wide code claim refuses a code another customer holds (409 CARD_CODE_TAKEN),
 *       and the card record moves to a fresh code and the save is tried again.</li>
 *   <li>Welcome points go through the ledger as one balance change with an idempotency key per customer, so they
 *       are credited exactly once however often (or concurrently) the same email enrols.</li>
 *   <li>The card code goes to the customer by email only (the welcome email, through the outbox); a repeat
 *       enrolment sends it again. Whoever calls the public link learns nothing about who holds a card.</li>
 * </ol>
 */
public final class Enrolment {
  public static final int MAX_CODE_ATTEMPTS = 20;
  public static final String THROTTLE_PURPOSE = "ENROL";
  public static final String ACTOR = "enrolment";
  private static final DateTimeFormatter WELCOME_HOUR =
      DateTimeFormatter.ofPattern("yyyyMMddHH").withZone(ZoneOffset.UTC);

  private final ProgramStore programs;
  private final CardProgramStore cardPrograms;
  private final CustomerStore customers;
  private final CardStore cards;
  private final LedgerStore ledger;
  private final RateLimitStore limits;
  private final NotificationOutbox outbox;
  private final SettingsStore settings;
  private final Supplier<CardCode> codes;
  private final Clock clock;
  private final CardIssuer issuer;

  public Enrolment(ProgramStore programs, CardProgramStore cardPrograms, CustomerStore customers, CardStore cards,
      LedgerStore ledger, RateLimitStore limits, NotificationOutbox outbox, SettingsStore settings,
      Supplier<CardCode> codes, Clock clock) {
    this.programs = programs;
    this.cardPrograms = cardPrograms;
    this.customers = customers;
    this.cards = cards;
    this.ledger = ledger;
    this.limits = limits;
    this.outbox = outbox;
    this.settings = settings;
    this.codes = codes;
    this.clock = clock;
    this.issuer = new CardIssuer(cards, clock);
  }

  /**
   * What the public enrolment page shows; 409 CARD_DISTRIBUTION_DISABLED while the vendor hands out no cards. The
   * welcome points are 0 while the program's points are off, since enrolling would not credit them.
   */
  public Offer offer(Slug slug) {
    ProgramId id = CardPrograms.bySlug(cardPrograms, slug);
    CardProgram cardProgram = cardProgram(id, slug);
    Program program = program(id, slug);
    requireOpen(cardProgram, program);
    boolean pointsOn = PointsSwitch.on(settings.load(id));
    return new Offer(program.name(), slug, pointsOn ? cardProgram.settings().welcomePoints() : 0,
        cardProgram.settings().validity().months());
  }

  /**
   * Enrols (or finds) the customer. Refused with 409 CARD_DISTRIBUTION_DISABLED, before anything is written (the
   * throttle counter included), while distribution is off. While the program's points are off the customer gets the
   * card without welcome points ({@link Enrolled#welcomePointsSkipped()} says why); because the welcome credit is
   * keyed per customer, enrolling again after points are back on credits them once.
   */
  public Enrolled enrol(Slug slug, CustomerDetails details) {
    ProgramId id = CardPrograms.bySlug(cardPrograms, slug);
    CardProgram cardProgram = cardProgram(id, slug);
    Program program = program(id, slug);
    requireOpen(cardProgram, program);
    Instant now = clock.instant();
    ThrottleWindow window = ThrottleWindow.minuteOf(now);
    if (!limits.tryAcquire(id, THROTTLE_PURPOSE, window, cardProgram.settings().enrolmentsPerMinute())) {
      throw new EnrolmentThrottledException(window.secondsLeft(now));
    }
    CustomerId customerId = EnrolledCustomerId.of(id, details.email());
    var existing = customers.find(id, customerId);
    if (existing.isPresent() && existing.get().cardCode() != null) {
      Card card = issuer.currentCard(id, cardProgram, existing.get());
      return welcomed(id, enrolled(program, existing.get(), card, false, id, cardProgram, customerId), now);
    }
    Card card = cards.claim(id, Card.issue(customerId, codes.get().value(), cardProgram, now));
    for (int attempt = 1; attempt <= MAX_CODE_ATTEMPTS; attempt++) {
      try {
        CustomerStore.Saved saved = customers.save(id, customerId,
            new CustomerDetails(details.email(), details.name(), card.cardCode(), details.emailOptIn()), now);
        return welcomed(id, enrolled(program, saved.customer(), card, saved.created(), id, cardProgram, customerId),
            now);
      } catch (ConflictException e) {
        if (!"CARD_CODE_TAKEN".equals(e.code())) {
          throw e;
        }
        Card next = card.withCode(codes.get().value());
        card = cards.replace(id, card.cardCode(), next)
            ? next
            : cards.find(id, customerId).orElseThrow(() -> new ContentionException("card changed; retry", null));
      }
    }
    throw new ContentionException("no free card code found after " + MAX_CODE_ATTEMPTS + " tries; retry", null);
  }

  /**
   * Sends the card code to the customer's email through the outbox: the public answer never shows it. A repeat
   * enrolment sends it again, at most once an hour per customer (the hour is in the notification id, which the
   * outbox and the notifier keep once), so the link cannot be used to flood someone's inbox.
   */
  private Enrolled welcomed(ProgramId program, Enrolled enrolled, Instant now) {
    String hour = WELCOME_HOUR.format(now);
    outbox.put(program, enrolled.customer().id(), new OutboxNotice(NotificationType.CARD_WELCOME,
        NotificationType.CARD_WELCOME.idPrefix() + "#" + hour, Map.of("cardCode", enrolled.card().cardCode())), now);
    return enrolled;
  }

  /**
   * The answer, with the welcome points credited once per customer (0 when the program gives none). While the
   * program's points are off nothing is credited: a customer who got them before is told what they got, anyone else
   * that they were skipped.
   */
  private Enrolled enrolled(Program program, Customer customer, Card card, boolean created, ProgramId id,
      CardProgram cardProgram, CustomerId customerId) {
    long points = cardProgram.settings().welcomePoints();
    if (points <= 0) {
      return new Enrolled(program.name(), customer, card, created, 0, null);
    }
    IdempotencyKey key = new IdempotencyKey(ACTOR, "welcome:" + customerId.value(), "welcome");
    if (!PointsSwitch.on(settings.load(id))) {
      return ledger.replay(id, key)
          .map(earlier -> new Enrolled(program.name(), customer, card, created, earlier.entry().points(), null))
          .orElseGet(() -> new Enrolled(program.name(), customer, card, created, 0, PointsSwitch.POINTS_DISABLED));
    }
    Recorded recorded = ledger.record(id, new BalanceChange(customerId, points, EntryKind.EARN,
        Reason.REGISTRATION, "welcome points for enrolling", ACTOR, ACTOR, key));
    return new Enrolled(program.name(), customer, card, created, recorded.entry().points(), null);
  }

  private static void requireOpen(CardProgram cardProgram, Program program) {
    if (!cardProgram.settings().distributionEnabled()) {
      throw CardPrograms.enrolmentClosed(program.name());
    }
  }

  private CardProgram cardProgram(ProgramId id, Slug slug) {
    return cardPrograms.find(id).orElseThrow(() -> unknown(slug));
  }

  private Program program(ProgramId id, Slug slug) {
    return programs.find(id).orElseThrow(() -> unknown(slug));
  }

  private static NotFoundException unknown(Slug slug) {
    return new NotFoundException("enrolment link", "slug", slug.value());
  }

  /** What enrolling in a program gives. */
  public record Offer(String programName, Slug slug, long welcomePoints, int validityMonths) {}

  /**
   * The outcome: {@code created} is false when this email had enrolled before (same customer, same card);
   * {@code welcomePoints} is what enrolling credited (once, on the first enrolment); {@code welcomePointsSkipped}
   * is why welcome points the program offers were not credited (POINTS_DISABLED), else null.
   */
  public record Enrolled(String programName, Customer customer, Card card, boolean created, long welcomePoints,
      String welcomePointsSkipped) {}
}
