package nl.klantpunten.functions.panel;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.card.CardCode;
import nl.klantpunten.core.customer.Customer;
import nl.klantpunten.core.error.NotFoundException;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.CardProgramStore;
import nl.klantpunten.core.store.CardStore;
import nl.klantpunten.core.store.CustomerStore;
import nl.klantpunten.core.store.LedgerStore;
import nl.klantpunten.core.store.PanelStore;

/**
 * GET /v1/panel/cards/{cardCode}: the customer behind a card code as it was typed ({@code k7md 3rxx} works) or
 * scanned from the QR code, with balance and card dates. A typo is caught by the check character and answered 400
 * before any read; a valid code nobody holds is 404.
 */
final class FindByCardCode implements Operation {
  private final CustomerStore customers;
  private final LedgerStore ledger;
  private final PanelStore panel;
  private final CardStore cards;
  private final CardProgramStore cardPrograms;
  private final Clock clock;

  FindByCardCode(CustomerStore customers, LedgerStore ledger, PanelStore panel, CardStore cards,
      CardProgramStore cardPrograms, Clock clock) {
    this.customers = customers;
    this.ledger = ledger;
    this.panel = panel;
    this.cards = cards;
    this.cardPrograms = cardPrograms;
    this.clock = clock;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    ProgramId program = request.principal().programId();
    CardCode code = CardCode.parse("cardCode", request.pathParam("cardCode"));
    Customer customer = panel.cardHolder(program, code.value())
        .flatMap(id -> customers.find(program, id))
        .orElseThrow(() -> new NotFoundException("card", "cardCode", code.value()));
    Map<String, Object> body = new LinkedHashMap<>(
        PanelRepresentations.cardHolder(customer, ledger.balance(program, customer.id()).orElse(null)));
    ZoneId zone = cardPrograms.find(program).map(p -> p.settings().timeZone()).orElse(ZoneOffset.UTC);
    cards.find(program, customer.id()).filter(card -> card.cardCode().equals(customer.cardCode()))
        .ifPresent(card -> body.put("card",
            PanelRepresentations.card(card, card.expiredOn(clock.instant().atZone(zone).toLocalDate()))));
    return ApiResponse.ok(body);
  }
}
