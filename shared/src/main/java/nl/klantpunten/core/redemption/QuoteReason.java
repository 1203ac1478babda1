package nl.klantpunten.core.redemption;

/** Why nothing (or less than asked) can be redeemed; stable codes for the shop's checkout to show a message. */
public enum QuoteReason {
  /** The program's redemption setting is off. */
  PROGRAM_DISABLED,
  /** The cart is in another currency than the program. */
  CURRENCY_MISMATCH,
  /** The customer's balance is below the program's minimum balance for redeeming. */
  BELOW_MIN_BALANCE,
  /** The cart total is below the program's minimum cart amount. */
  CART_BELOW_MINIMUM,
  /** No line of the cart counts (excluded products, discounted products, only-products list). */
  NO_ELIGIBLE_PRODUCTS,
  /** The balance is below one conversion step (e.g. 100 points). */
  INSUFFICIENT_BALANCE,
  /** The eligible amount or the maximum discount is below one conversion step's amount (e.g. 1.00). */
  DISCOUNT_BELOW_ONE_STEP
}
