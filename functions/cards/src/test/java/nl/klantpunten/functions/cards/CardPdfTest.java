package nl.klantpunten.functions.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The drawing itself, without any store: size, text, font and QR code of rendered cards. */
class CardPdfTest {
  private static final CardPdf PDF = new CardPdf(CardFont.load());

  private static CardFace face(String name, String url) {
    return new CardFace("Bakkerij Ötzi & Zonen", name, "K7MD-3RXX", url, 12_345, LocalDate.of(2026, 11, 23),
        LocalDate.of(2028, 2, 29));
  }

  @Test
  void anId1CardWithNameCodeBalanceExpiryAndEmbeddedFont() throws Exception {
    String name = "Zoë Ångström-Çelik Łukasz Øster ß";
    PdfInspection pdf = new PdfInspection(PDF.render(face(name, "https://shop.example/klant/K7MD-3RXX")));
    assertEquals(1, pdf.pages());
    assertEquals(85.6f, pdf.widthMm(), 0.05f);
    assertEquals(53.98f, pdf.heightMm(), 0.05f);
    String text = pdf.text();
    assertTrue(text.contains(name), text);
    assertTrue(text.contains("K7MD-3RXX"), text);
    assertTrue(text.contains("Bakkerij Ötzi & Zonen"), text);
    assertTrue(text.contains("12,345 points on 2026-11-23"), text);
    assertTrue(text.contains("Valid until 2028-02-29"), text);
    List<String> fonts = pdf.embeddedTrueTypeFonts();
    assertEquals(1, fonts.size(), fonts.toString());
    assertTrue(fonts.get(0).contains("DejaVuSans"), fonts.toString());

    Result qr = pdf.qrCode();
    assertEquals("https://shop.example/klant/K7MD-3RXX", qr.getText());
    assertEquals("M", qr.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL));
  }

  @Test
  void longNamesAndLongUrlsStillFit() throws Exception {
    String longName = "Maria Magdalena Wilhelmina van der Heijden-Oppenheimer tot Schaumburg-Lippe";
    String longUrl = "https://a-rather-long-vendor-domain-name.example/customers/loyalty/card/lookup/K7MD-3RXX";
    PdfInspection pdf = new PdfInspection(PDF.render(face(longName, longUrl)));
    String text = pdf.text();
    assertTrue(text.contains("Maria Magdalena"), text);
    assertTrue(text.contains("…") || text.contains(longName), "shortened with an ellipsis when too long: " + text);
    assertEquals(longUrl, pdf.qrCode().getText());
  }
}
