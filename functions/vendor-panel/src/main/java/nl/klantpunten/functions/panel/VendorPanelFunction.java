package nl.klantpunten.functions.panel;

import static nl.klantpunten.api.Route.get;

import java.util.List;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.api.Roles;
import nl.klantpunten.dynamodb.DynamoCardStores;

/**
 * Lambda: what a vendor's panel reads across the program: card holders with their balances, every transaction of
 * the program, and the customer behind a typed or scanned card code. Sales and point corrections are written by the
 * ledger and earning functions; this one only reads.
 */
public final class VendorPanelFunction extends HttpFunction {

  public VendorPanelFunction() {
    this(Backend.fromEnvironment());
  }

  public VendorPanelFunction(Backend backend) {
    this(backend, DynamoCardStores.over(backend.stores()));
  }

  private VendorPanelFunction(Backend backend, DynamoCardStores cardStores) {
    super(backend, List.of(
        get("/v1/panel/customers", new ListCardHolders(backend.stores().customers(), cardStores.panel()),
            Roles.ADMIN_OR_VENDOR),
        get("/v1/panel/transactions", new ListProgramTransactions(cardStores.panel()), Roles.ADMIN_OR_VENDOR),
        get("/v1/panel/cards/{cardCode}", new FindByCardCode(backend.stores().customers(), backend.stores().ledger(),
            cardStores.panel(), cardStores.cards(), cardStores.cardPrograms(), backend.clock()),
            Roles.ADMIN_OR_VENDOR)));
  }
}
