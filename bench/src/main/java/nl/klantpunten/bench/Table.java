package nl.klantpunten.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A plain-text table for the console: the benchmark's figures are read by people, so they are aligned. */
final class Table {
  private final String title;
  private final String[] headers;
  private final List<String[]> rows = new ArrayList<>();

  Table(String title, String... headers) {
    this.title = title;
    this.headers = headers;
  }

  void row(String... cells) {
    if (cells.length != headers.length) {
      throw new IllegalArgumentException("expected " + headers.length + " cells, got " + cells.length);
    }
    rows.add(cells);
  }

  String render() {
    int[] widths = new int[headers.length];
    for (int i = 0; i < headers.length; i++) {
      widths[i] = headers[i].length();
      for (String[] r : rows) {
        widths[i] = Math.max(widths[i], r[i].length());
      }
    }
    StringBuilder out = new StringBuilder("\n== ").append(title).append(" ==\n");
    line(out, headers, widths);
    StringBuilder rule = new StringBuilder();
    for (int w : widths) {
      rule.append("-".repeat(w)).append("  ");
    }
    out.append(rule.toString().stripTrailing()).append('\n');
    rows.forEach(r -> line(out, r, widths));
    return out.toString();
  }

  void print() {
    System.out.print(render());
    System.out.flush();
  }

  private static void line(StringBuilder out, String[] cells, int[] widths) {
    StringBuilder l = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      boolean numeric = i > 0 && cells[i].matches("[-0-9.,×x%/ ]+");
      String pad = " ".repeat(widths[i] - cells[i].length());
      l.append(numeric ? pad + cells[i] : cells[i] + pad).append("  ");
    }
    out.append(l.toString().stripTrailing()).append('\n');
  }

  static String ms(long nanos) {
    return String.format(Locale.ROOT, "%.2f", nanos / 1_000_000.0);
  }

  static String ratio(long a, long b) {
    return b == 0 ? "-" : String.format(Locale.ROOT, "%.2f×", (double) a / b);
  }
}
