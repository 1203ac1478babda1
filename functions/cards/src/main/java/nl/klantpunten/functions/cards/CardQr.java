package nl.klantpunten.functions.cards;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * The card's QR code: the customer URL at error correction level M (about 15% of the symbol may be damaged or
 * covered and it still reads, a fair trade for a wallet card against a denser symbol), as a grey image of one
 * pixel per module with a quiet zone. The PDF scales that image up without smoothing, so the modules stay sharp at
 * any print resolution and the file stays tiny.
 */
final class CardQr {
  static final ErrorCorrectionLevel LEVEL = ErrorCorrectionLevel.M;
  /** Modules of white around the symbol inside the image; the white card around it adds to the quiet zone. */
  static final int QUIET_MODULES = 2;

  private CardQr() {}

  static BitMatrix encode(String url) {
    try {
      // width and height 0: the smallest rendering, one pixel per module
      return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.ERROR_CORRECTION, LEVEL, EncodeHintType.MARGIN, QUIET_MODULES));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode " + url + " as a QR code", e);
    }
  }

  /**
   * DeviceGray pixels at one byte each: 0 for a dark module, 255 for white. (OpenPDF would turn a one-bit image into
   * CCITT fax data; eight bits compress just as well with Flate, a few hundred bytes, and every reader decodes them.)
   */
  static byte[] grayPixels(BitMatrix matrix) {
    byte[] pixels = new byte[matrix.getWidth() * matrix.getHeight()];
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        pixels[y * matrix.getWidth() + x] = matrix.get(x, y) ? 0 : (byte) 0xFF;
      }
    }
    return pixels;
  }
}
