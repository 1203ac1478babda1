package nl.klantpunten.functions.cards;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.card.Card;
import nl.klantpunten.core.card.CardIssuer;
import nl.klantpunten.core.card.CardLink;
import nl.klantpunten.core.card.CardProgram;
import nl.klantpunten.core.card.CardPrograms;
import nl.klantpunten.core.customer.Customer;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.id.Ids;
import nl.klantpunten.core.ledger.Balance;
import nl.klantpunten.core.program.Program;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.CardFileStore;
import nl.klantpunten.core.store.CardProgramStore;
import nl.klantpunten.core.store.CustomerStore;
import nl.klantpunten.core.store.LedgerStore;
import nl.klantpunten.core.store.ProgramStore;

/**
 * POST /v1/customers/{customerId}/card: draws the customer's card as it stands now (balance at generation), stores
 * the PDF under the program's prefix and answers 201 with a presigned download link valid for the program's
 * {@code cardLinkMinutes} and its expiry. 404 for an unknown customer, 409 when the customer has no card code
 * (NO_CARD_CODE), the card program is not set up (CARD_PROGRAM_NOT_SET_UP) or hands out no cards now
 * (CARD_DISTRIBUTION_DISABLED; nothing is drawn, stored or issued then).
 */
final class IssueCardPdf implements Operation {
  private final ProgramStore programs;
  private final CardProgramStore cardPrograms;
  private final CustomerStore customers;
  private final LedgerStore ledger;
  private final CardIssuer issuer;
  private final CardPdf pdf;
  private final CardFileStore files;
  private final Clock clock;
  private final Ids ids;

  IssueCardPdf(ProgramStore programs, CardProgramStore cardPrograms, CustomerStore customers, LedgerStore ledger,
      CardIssuer issuer, CardPdf pdf, CardFileStore files, Clock clock, Ids ids) {
    this.programs = programs;
    this.cardPrograms = cardPrograms;
    this.customers = customers;
    this.ledger = ledger;
    this.issuer = issuer;
    this.pdf = pdf;
    this.files = files;
    this.clock = clock;
    this.ids = ids;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    ProgramId programId = request.principal().programId();
    CustomerId customerId = new CustomerId(request.pathParam("customerId"));
    Customer customer = customers.find(programId, customerId)
        .orElseThrow(() -> new NotFoundException("customer", customerId.value()));
    Program program = programs.find(programId).orElseThrow(() -> new NotFoundException("program", programId.value()));
    CardProgram cardProgram = CardPrograms.configured(cardPrograms, programId);
    CardPrograms.requireDistributing(cardProgram);
    Card card = issuer.currentCard(programId, cardProgram, customer);
    long balance = ledger.balance(programId, customerId).map(Balance::points).orElse(0L);
    LocalDate today = clock.instant().atZone(cardProgram.settings().timeZone()).toLocalDate();
    byte[] document = pdf.render(new CardFace(program.name(), customer.name(), card.cardCode(),
        cardProgram.customerUrl(card.cardCode()), balance, today, card.expiresOn()));
    String stored = files.put(programId, customerId, "card-" + card.cardCode() + "-" + ids.ulid() + ".pdf", document);
    CardLink link = files.link(stored, Duration.ofMinutes(cardProgram.settings().cardLinkMinutes()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("customerId", customerId.value());
    body.put("cardCode", card.cardCode());
    body.put("url", link.url());
    body.put("expiresAt", link.expiresAt().toString());
    body.put("balance", balance);
    body.put("cardExpiresOn", card.expiresOn().toString());
    return ApiResponse.created(body);
  }
}
