package nl.klantpunten.functions.cards;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * Draws one card on a page of exactly ID-1 size (ISO/IEC 7810: 85.60 × 53.98 mm, corner radius 3.18 mm), so printing
 * at 100% gives a card that fits a wallet. Everything is placed with absolute coordinates on the page's direct
 * content (no layout engine): a coloured band with the program name, the customer's name, the card code in large
 * type, the balance when the card was made with its date, the expiry date and the QR code on the right.
 */
final class CardPdf {
  static final float WIDTH_MM = 85.6f;
  static final float HEIGHT_MM = 53.98f;
  private static final float MARGIN = mm(5);
  private static final float QR_SIZE = mm(26);
  private static final float BAND = mm(14);
  private static final Color BAND_COLOUR = new Color(0x1F, 0x4E, 0x5F);
  private static final Color TEXT = new Color(0x22, 0x22, 0x22);
  private static final Color MUTED = new Color(0x55, 0x55, 0x55);
  private final BaseFont font;

  CardPdf(BaseFont font) {
    this.font = font;
  }

  static float mm(float millimetres) {
    return millimetres * 72f / 25.4f;
  }

  byte[] render(CardFace face) {
    float width = mm(WIDTH_MM);
    float height = mm(HEIGHT_MM);
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    Document document = new Document(new Rectangle(width, height), 0, 0, 0, 0);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    document.addTitle(face.programName() + " card " + face.cardCode());
    document.addCreator("Klantpunten");
    document.open();
    PdfContentByte canvas = writer.getDirectContent();
    drawBackground(canvas, width, height);
    float textWidth = width - 2 * MARGIN - QR_SIZE - mm(3);
    text(canvas, face.programName(), MARGIN, height - BAND + mm(5), 11, width - 2 * MARGIN, Color.WHITE, true);
    text(canvas, face.customerName(), MARGIN, mm(31), 10, textWidth, TEXT, false);
    text(canvas, face.cardCode(), MARGIN, mm(22.5f), 15, textWidth, TEXT, true);
    text(canvas, String.format(Locale.ROOT, "Balance: %,d points on %s", face.balance(), face.balanceOn()),
        MARGIN, mm(13), 7, textWidth, MUTED, false);
    text(canvas, "Valid until " + face.expiresOn(), MARGIN, mm(8.5f), 7, textWidth, MUTED, false);
    drawQr(canvas, CardQr.encode(face.qrUrl()), width - MARGIN - QR_SIZE, mm(5));
    document.close();
    return out.toByteArray();
  }

  private static void drawBackground(PdfContentByte canvas, float width, float height) {
    float radius = mm(3.18f);
    canvas.saveState();
    canvas.roundRectangle(0, 0, width, height, radius);
    canvas.clip();
    canvas.newPath();
    canvas.setColorFill(BAND_COLOUR);
    canvas.rectangle(0, height - BAND, width, BAND);
    canvas.fill();
    canvas.restoreState();
    // a hairline along the card's edge, to cut along
    canvas.saveState();
    canvas.setColorStroke(new Color(0xBB, 0xBB, 0xBB));
    canvas.setLineWidth(0.3f);
    canvas.roundRectangle(0.15f, 0.15f, width - 0.3f, height - 0.3f, radius);
    canvas.stroke();
    canvas.restoreState();
  }

  /** One line of text, shrunk (down to 60%) and then cut with an ellipsis until it fits {@code maxWidth}. */
  private void text(PdfContentByte canvas, String value, float x, float y, float size, float maxWidth, Color colour,
      boolean bold) {
    String line = value;
    float fitted = size;
    while (font.getWidthPoint(line, fitted) > maxWidth && fitted > size * 0.6f) {
      fitted -= 0.5f;
    }
    while (font.getWidthPoint(line, fitted) > maxWidth && line.length() > 1) {
      line = line.substring(0, line.length() - 2).stripTrailing() + "…";
    }
    canvas.saveState();
    canvas.beginText();
    canvas.setFontAndSize(font, fitted);
    canvas.setColorFill(colour);
    if (bold) {
      // one weight of the font is embedded; a thin outline in the text colour makes it read as bold
      canvas.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
      canvas.setColorStroke(colour);
      canvas.setLineWidth(fitted / 30f);
    }
    canvas.setTextMatrix(x, y);
    canvas.showText(line);
    canvas.endText();
    canvas.restoreState();
  }

  private static void drawQr(PdfContentByte canvas, BitMatrix matrix, float x, float y) {
    try {
      Image image = Image.getInstance(matrix.getWidth(), matrix.getHeight(), 1, 8, CardQr.grayPixels(matrix));
      image.setInterpolation(false);
      image.scaleAbsolute(QR_SIZE, QR_SIZE);
      image.setAbsolutePosition(x, y);
      canvas.addImage(image);
    } catch (DocumentException e) {
      throw new IllegalStateException("cannot place the QR code", e);
    }
  }
}
