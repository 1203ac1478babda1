package nl.klantpunten.functions.cards;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a card PDF the way a reviewer would: its text (OpenPDF's extractor), its page size, its fonts, and its QR
 * code: the image is taken out of the PDF, drawn at 8 pixels per module and decoded with ZXing's QR reader.
 */
public final class PdfInspection {
  private final PdfReader reader;

  public PdfInspection(byte[] pdf) {
    try {
      this.reader = new PdfReader(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException("not a PDF", e);
    }
  }

  public int pages() {
    return reader.getNumberOfPages();
  }

  public String text() {
    try {
      return new PdfTextExtractor(reader).getTextFromPage(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public float widthMm() {
    return reader.getPageSize(1).getWidth() * 25.4f / 72f;
  }

  public float heightMm() {
    return reader.getPageSize(1).getHeight() * 25.4f / 72f;
  }

  /** BaseFont names of the page's fonts, with whether each embeds a TrueType program. */
  public List<String> embeddedTrueTypeFonts() {
    List<String> names = new ArrayList<>();
    PdfDictionary fonts = resources().getAsDict(PdfName.FONT);
    for (PdfName key : fonts.getKeys()) {
      PdfDictionary font = (PdfDictionary) PdfReader.getPdfObject(fonts.get(key));
      PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
      PdfDictionary cid = descendants == null
          ? font
          : (PdfDictionary) PdfReader.getPdfObject(descendants.getPdfObject(0));
      PdfDictionary descriptor = cid.getAsDict(PdfName.FONTDESCRIPTOR);
      if (descriptor != null && descriptor.get(PdfName.FONTFILE2) != null) {
        names.add(font.getAsName(PdfName.BASEFONT).toString());
      }
    }
    return names;
  }

  /** Decodes the page's one image as a QR code. */
  public Result qrCode() throws Exception {
    PdfDictionary xobjects = resources().getAsDict(PdfName.XOBJECT);
    List<PRStream> images = new ArrayList<>();
    for (PdfName key : xobjects.getKeys()) {
      PRStream stream = (PRStream) PdfReader.getPdfObject(xobjects.get(key));
      if (PdfName.IMAGE.equals(stream.getAsName(PdfName.SUBTYPE))) {
        images.add(stream);
      }
    }
    if (images.size() != 1) {
      throw new AssertionError("expected one image (the QR code), found " + images.size());
    }
    PRStream image = images.get(0);
    int width = image.getAsNumber(PdfName.WIDTH).intValue();
    int height = image.getAsNumber(PdfName.HEIGHT).intValue();
    int bitsPerPixel = image.getAsNumber(PdfName.BITSPERCOMPONENT).intValue();
    if (!PdfName.DEVICEGRAY.equals(image.getAsName(PdfName.COLORSPACE)) || (bitsPerPixel != 1 && bitsPerPixel != 8)) {
      throw new AssertionError("expected a DeviceGray image of 1 or 8 bits: " + image);
    }
    PdfArray decode = image.getAsArray(PdfName.DECODE);
    boolean inverted = decode != null && decode.getAsNumber(0).floatValue() == 1f;
    byte[] samples = PdfReader.getStreamBytes(image);
    int rowBytes = (width * bitsPerPixel + 7) / 8;
    int scale = 8;
    int[] pixels = new int[width * scale * height * scale];
    for (int y = 0; y < height * scale; y++) {
      for (int x = 0; x < width * scale; x++) {
        int mx = x / scale;
        int row = (y / scale) * rowBytes;
        boolean light = bitsPerPixel == 8
            ? (samples[row + mx] & 0xFF) >= 128
            : ((samples[row + mx / 8] >> (7 - mx % 8)) & 1) == 1;
        pixels[y * width * scale + x] = light != inverted ? 0xFFFFFFFF : 0xFF000000;
      }
    }
    RGBLuminanceSource source = new RGBLuminanceSource(width * scale, height * scale, pixels);
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
        Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE));
  }

  private PdfDictionary resources() {
    return reader.getPageN(1).getAsDict(PdfName.RESOURCES);
  }
}
