package nl.klantpunten.core.segment;

import nl.klantpunten.core.customer.CustomerId;

/** One customer of a segment with the balance that placed them there (as the index saw it: eventually consistent). */
public record SegmentMember(CustomerId customerId, long balance, long lifetimeEarned) {}
