package nl.klantpunten.functions.checkout;

import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.redemption.QuoteRedemption;
import nl.klantpunten.core.redemption.RedemptionQuote;
import nl.klantpunten.core.settings.ProgramConfig;
import nl.klantpunten.core.settings.SettingsCache;

/**
 * POST /v1/checkout/quote: what the customer can redeem on this cart (balance, eligible amount, largest redemption,
 * the requested one, reasons). Writes nothing; one DynamoDB read (the balance) when the settings are cached.
 */
final class PostQuote implements Operation {
  private final SettingsCache programs;
  private final QuoteRedemption quotes;

  PostQuote(SettingsCache programs, QuoteRedemption quotes) {
    this.programs = programs;
    this.quotes = quotes;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    CheckoutRequests.QuoteRequest in = CheckoutRequests.quote(request.json().asMap());
    ProgramConfig config = Programs.of(programs, request);
    RedemptionQuote quote = quotes.quote(config, in.customer(), in.cart(), in.requestedPoints());
    return ApiResponse.ok(CheckoutJson.quote(in.customer(), in.cart().currency().getCurrencyCode(), quote));
  }
}
