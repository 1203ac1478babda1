package nl.klantpunten.functions.checkout;

import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.redemption.QuoteBadgeDiscount;
import nl.klantpunten.core.redemption.QuoteRedemption;
import nl.klantpunten.core.redemption.RedemptionQuote;
import nl.klantpunten.core.settings.ProgramConfig;
import nl.klantpunten.core.settings.SettingsCache;

/**
 * POST /v1/checkout/quote: what the customer can redeem on this cart (balance, eligible amount, largest redemption,
 * the requested one, reasons), and separately the discount a held badge gives ({@code badgeDiscount}, null when
 * none). Writes nothing; one DynamoDB read (the balance) when the settings are cached, one more (the badge state)
 * when the program has badge discount rules.
 */
final class PostQuote implements Operation {
  private final SettingsCache programs;
  private final QuoteRedemption quotes;
  private final QuoteBadgeDiscount badgeDiscounts;

  PostQuote(SettingsCache programs, QuoteRedemption quotes, QuoteBadgeDiscount badgeDiscounts) {
    this.programs = programs;
    this.quotes = quotes;
    this.badgeDiscounts = badgeDiscounts;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    CheckoutRequests.QuoteRequest in = CheckoutRequests.quote(request.json().asMap());
    ProgramConfig config = Programs.of(programs, request);
    RedemptionQuote quote = quotes.quote(config, in.customer(), in.cart(), in.requestedPoints());
    var badgeDiscount = badgeDiscounts.quote(config, in.customer(), quote.cartAmount());
    return ApiResponse.ok(CheckoutJson.quote(in.customer(), in.cart().currency().getCurrencyCode(), quote,
        badgeDiscount.orElse(null)));
  }
}
