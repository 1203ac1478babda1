package nl.klantpunten.functions.ledger;

import static nl.klantpunten.api.Route.delete;
import static nl.klantpunten.api.Route.get;
import static nl.klantpunten.api.Route.post;

import java.util.List;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.api.Roles;

/** Lambda: a customer's balance and history, and manual corrections (preview, credit/debit, delete). */
public final class LedgerFunction extends HttpFunction {

  public LedgerFunction() {
    this(Backend.fromEnvironment());
  }

  public LedgerFunction(Backend backend) {
    super(backend, List.of(
        get("/v1/customers/{customerId}/balance", new GetBalance(backend.stores().ledger()), Roles.ANY),
        get("/v1/customers/{customerId}/transactions", new ListTransactions(backend.stores().ledger()), Roles.ANY),
        post("/v1/customers/{customerId}/transactions/preview",
            new PreviewTransaction(backend.stores().ledger(), backend.stores().settings()), Roles.ADMIN_OR_VENDOR),
        post("/v1/customers/{customerId}/transactions",
            new PostTransaction(backend.stores().ledger(), backend.stores().settings()), Roles.ADMIN_OR_VENDOR),
        delete("/v1/customers/{customerId}/transactions/{entryId}",
            new DeleteTransaction(backend.stores().ledger(), backend.clock()), Roles.ADMIN)));
  }
}
