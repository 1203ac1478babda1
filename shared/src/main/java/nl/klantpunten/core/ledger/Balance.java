package nl.klantpunten.core.ledger;

import java.time.Instant;
import nl.klantpunten.core.customer.CustomerId;

/** A customer's spendable points; {@code version} counts the changes applied, {@code lifetimeEarned} only grows. */
public record Balance(CustomerId customerId, long points, long lifetimeEarned, long version, Instant updatedAt) {}
