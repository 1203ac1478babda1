package nl.klantpunten.core.card;

import java.time.Instant;

/** A time-limited download link for a card PDF: whoever has the URL may fetch the file until {@code expiresAt}. */
public record CardLink(String url, Instant expiresAt) {}
