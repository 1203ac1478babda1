package nl.klantpunten.core.report;

import java.util.List;

/**
 * CSV as RFC 4180 writes it, for spreadsheets: fields separated by commas, records by CRLF; a field holding a comma,
 * a double quote, CR or LF is quoted, with its double quotes doubled. A text field that starts with = + - @ or a tab
 * (which a spreadsheet would run as a formula: "CSV injection") is prefixed with a single quote; numbers are written
 * as they are, so negative points stay numbers.
 */
public final class Csv {
  public static final String CONTENT_TYPE = "text/csv; charset=utf-8";

  private Csv() {}

  /** One record with its CRLF; {@code null} fields are empty. */
  public static String row(List<?> fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      Object field = fields.get(i);
      if (field instanceof Number number) {
        line.append(number);
      } else if (field != null) {
        line.append(text(field.toString()));
      }
    }
    return line.append("\r\n").toString();
  }

  static String text(String value) {
    String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\r') < 0 && safe.indexOf('\n') < 0) {
      return safe;
    }
    return '"' + safe.replace("\"", "\"\"") + '"';
  }
}
