package nl.klantpunten.local;

import java.util.List;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.functions.badges.BadgesFunction;
import nl.klantpunten.core.store.CardFileStore;
import nl.klantpunten.functions.cards.CardsFunction;
import nl.klantpunten.functions.checkout.CheckoutFunction;
import nl.klantpunten.functions.customers.CustomersFunction;
import nl.klantpunten.functions.earning.EarningFunction;
import nl.klantpunten.functions.enrolment.EnrolmentFunction;
import nl.klantpunten.functions.ledger.LedgerFunction;
import nl.klantpunten.functions.panel.VendorPanelFunction;
import nl.klantpunten.functions.settings.SettingsFunction;
import nl.klantpunten.functions.webhooks.WebhooksFunction;

/**
 * Every HTTP Lambda function of the product, built over one backend, so the local stack serves the same handler
 * classes that are deployed. A new function module adds one line here (and its dependency to this module's pom);
 * {@code LocalFunctionsTest} fails when two functions claim the same route.
 */
public final class LocalFunctions {
  private LocalFunctions() {}

  /** @param cardFiles where the card function keeps its PDFs (the local stack: a bucket on the S3 emulator) */
  public static List<HttpFunction> all(Backend backend, CardFileStore cardFiles) {
    return List.of(
        new CustomersFunction(backend),
        new LedgerFunction(backend),
        new SettingsFunction(backend),
        new WebhooksFunction(backend),
        new EarningFunction(backend),
        new EnrolmentFunction(backend),
        new VendorPanelFunction(backend),
        new CardsFunction(backend, cardFiles),
        new CheckoutFunction(backend),
        new BadgesFunction(backend));
  }
}
