package nl.klantpunten.core.customer;

import java.time.Instant;

/**
 * A customer's profile inside one program. {@code version} increases with every profile change. {@code
 * emailOptIn}: the customer accepts the program's emails (notifications); true unless the customer said no.
 */
public record Customer(
    CustomerId id, String email, String name, String cardCode, Instant createdAt, Instant updatedAt, long version,
    boolean emailOptIn) {}
