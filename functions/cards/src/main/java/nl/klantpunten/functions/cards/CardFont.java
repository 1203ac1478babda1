package nl.klantpunten.functions.cards;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans (resources/fonts, with its licence), embedded as a subset with Identity-H encoding: every character of
 * a customer's name (é, ø, ł, ß, Ş, …) is drawn and stays extractable as text. Loaded once per container.
 */
final class CardFont {
  static final String RESOURCE = "/fonts/DejaVuSans.ttf";

  private CardFont() {}

  static BaseFont load() {
    try (InputStream in = CardFont.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      return BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(),
          null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
