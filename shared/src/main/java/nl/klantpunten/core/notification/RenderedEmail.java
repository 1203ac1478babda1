package nl.klantpunten.core.notification;

/** A template with its values filled in: what the customer receives. */
public record RenderedEmail(String subject, String html, String text) {}
