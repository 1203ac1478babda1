package nl.klantpunten.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void plainFieldsAreWrittenAsTheyAreAndRecordsEndWithCrLf() {
    assertEquals("tx_1,2026-03-01T10:00:00Z,anna,-25,spend\r\n",
        Csv.row(List.of("tx_1", "2026-03-01T10:00:00Z", "anna", -25L, "spend")));
  }

  @Test
  void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
    assertEquals("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\r\n",
        Csv.row(List.of("a,b", "say \"hi\"", "two\nlines", "cr\rhere")));
  }

  @Test
  void nullIsAnEmptyField() {
    assertEquals("a,,c\r\n", Csv.row(Arrays.asList("a", null, "c")));
  }

  @Test
  void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1)\r\n",
        Csv.row(List.of("=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)")));
    assertEquals("-2\r\n", Csv.row(List.of(-2L)), "numbers stay numbers");
  }

  @Test
  void unicodeIsKept() {
    assertEquals("Zoë ☕\r\n", Csv.row(List.of("Zoë ☕")));
  }
}
