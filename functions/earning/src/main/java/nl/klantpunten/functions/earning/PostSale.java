package nl.klantpunten.functions.earning;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Fingerprint;
import nl.klantpunten.api.Operation;
import nl.klantpunten.api.Representations;
import nl.klantpunten.core.card.CardCode;
import nl.klantpunten.core.card.CardPrograms;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.earning.Sale;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.error.UnprocessableException;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.IdempotencyKey;
import nl.klantpunten.core.ledger.PointsRules;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.ledger.Recorded;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.settings.PointsSwitch;
import nl.klantpunten.core.settings.ProgramConfig;
import nl.klantpunten.core.settings.SettingsCache;
import nl.klantpunten.core.store.CardLookup;
import nl.klantpunten.core.store.CardProgramStore;
import nl.klantpunten.core.store.LedgerStore;

/**
 * POST /v1/sales {customer, saleAmount, note}: a vendor's sale earns {@code floor(amount × points / per)} by the
 * program's ratio, booked as reason "sale" with the vendor's note. {@code customer} is a card code (looked up
 * first, when it has a card code's shape; typed with or without its dash, in any case) or the customer's id. An Idempotency-Key header makes a retry answer
 * the first entry. 201 with the entry; 200 "skipped" when the sale is too small for a point or earning is off. 409
 * POINTS_DISABLED while the program's points are off, 409 CARD_DISTRIBUTION_DISABLED while the vendor's card
 * distribution is off; nothing is written then.
 */
final class PostSale implements Operation {
  private static final Pattern CARD_CODE = Pattern.compile("[A-Za-z0-9-]{4,32}");
  private final SettingsCache programs;
  private final LedgerStore ledger;
  private final CardLookup cards;
  private final CardProgramStore cardPrograms;

  PostSale(SettingsCache programs, LedgerStore ledger, CardLookup cards, CardProgramStore cardPrograms) {
    this.programs = programs;
    this.ledger = ledger;
    this.cards = cards;
    this.cardPrograms = cardPrograms;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    ProgramId program = request.principal().programId();
    ProgramConfig config = programs.find(program)
        .orElseThrow(() -> new NotFoundException("program", program.value()));
    Sale sale = Sale.parse(request.json().asMap(), config.currency());
    PointsSwitch.requireOn(config.settings());
    CardPrograms.requireDistributing(cardPrograms, program);
    CustomerId customer = customer(program, sale.customer());
    long points = config.earning().ratio().pointsFor(sale.amount());
    if (!config.earning().enabled()) {
      return ApiResponse.ok(body(sale, customer, "skipped", 0, "EARNING_DISABLED"));
    }
    if (points > PointsRules.MAX_POINTS_PER_ENTRY) {
      throw new UnprocessableException("POINTS_OUT_OF_RANGE",
          "this sale would earn more than " + PointsRules.MAX_POINTS_PER_ENTRY + " points");
    }
    if (points == 0) {
      return ApiResponse.ok(body(sale, customer, "skipped", 0, "BELOW_RATIO"));
    }
    IdempotencyKey idempotency = IdempotencyKey.fromHeader(request.header("idempotency-key"), Fingerprint.of(request));
    Recorded recorded = ledger.record(program, new BalanceChange(customer, points, EntryKind.EARN, Reason.SALE,
        sale.note(), "sale:" + sale.amount().toDecimalString() + " " + sale.amount().currency().getCurrencyCode(),
        request.principal().keyId(), idempotency).notifyingWhenEarned());
    Map<String, Object> body = body(sale, customer, "earned", points, null);
    body.put("entry", Representations.entry(recorded.entry()));
    ApiResponse response = ApiResponse.created(body);
    return recorded.replayed() ? response.withHeader("idempotent-replayed", "true") : response;
  }

  private CustomerId customer(ProgramId program, String given) {
    if (CARD_CODE.matcher(given).matches()) {
      var holder = cards.customerWithCard(program, claimedCode(given));
      if (holder.isPresent()) {
        return holder.get();
      }
    }
    try {
      return new CustomerId(given);
    } catch (ValidationException notAnId) {
      throw new NotFoundException("customer", given);
    }
  }

  /**
   * The code as the card claim stores it: a card code of the card programs in its printed form however it was typed
   * ({@code k7md3rxx} → {@code K7MD-3RXX}); any other code (a shop's own, set with {@code PUT /v1/customers}) as
   * given, in upper case.
   */
  private static String claimedCode(String given) {
    try {
      return CardCode.parse("customer", given).value();
    } catch (ValidationException notOneOfOurCodes) {
      return given.toUpperCase(Locale.ROOT);
    }
  }

  private static Map<String, Object> body(Sale sale, CustomerId customer, String result, long earned,
      String reason) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("customerId", customer.value());
    m.put("saleAmount", sale.amount().toDecimalString());
    m.put("currency", sale.amount().currency().getCurrencyCode());
    m.put("result", result);
    m.put("earned", earned);
    if ("skipped".equals(result)) {
      m.put("skipped", reason);
    }
    m.put("reason", reason);
    return m;
  }
}
