package nl.klantpunten.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import nl.klantpunten.core.error.FieldError;
import nl.klantpunten.core.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bounds of a history query: page size 1-100, a date range in order and within the years ids can express. */
class EntryQueryTest {
  private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");

  private static List<String> refusedFields(Runnable query) {
    ValidationException e = assertThrows(ValidationException.class, query::run);
    return e.errors().stream().map(f -> f.field() + ":" + f.rule()).toList();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 20, 100})
  void limitsFrom1To100AreAccepted(int limit) {
    assertEquals(limit, new EntryQuery(limit, null, null, null, null, false).limit());
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 101, Integer.MAX_VALUE})
  void otherLimitsAreRefused(int limit) {
    assertEquals(List.of("limit:range"), refusedFields(() -> new EntryQuery(limit, null, null, null, null, false)));
  }

  @Test
  void aRangeMayBeOneInstantOrOpenOnEitherSide() {
    new EntryQuery(10, null, null, JAN, JAN, false);
    new EntryQuery(10, null, null, JAN, null, false);
    new EntryQuery(10, null, null, null, FEB, false);
    new EntryQuery(10, null, Reason.MANUAL, EntryQuery.EARLIEST, EntryQuery.LATEST, true);
  }

  @Test
  void fromAfterToIsRefused() {
    assertEquals(List.of("from:order"), refusedFields(() -> new EntryQuery(10, null, null, FEB, JAN, false)));
  }

  @Test
  void datesNoEntryIdCanExpressAreRefused() {
    Instant before1970 = Instant.parse("1969-12-31T23:59:59.999Z");
    Instant after9999 = Instant.parse("+10000-01-01T00:00:00Z");
    assertEquals(List.of("from:range"), refusedFields(() -> new EntryQuery(10, null, null, before1970, null, false)));
    assertEquals(List.of("to:range"), refusedFields(() -> new EntryQuery(10, null, null, null, after9999, false)));
    assertEquals(List.of("to:range"), refusedFields(() -> new EntryQuery(10, null, null, null, Instant.MAX, false)));
  }

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    List<String> fields = refusedFields(() -> new EntryQuery(0, null, null, FEB, JAN, false));
    assertEquals(List.of("limit:range", "from:order"), fields);
  }

  @Test
  void fieldErrorsNameTheQueryParameters() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> new EntryQuery(101, null, null, null, null, false));
    FieldError error = e.errors().get(0);
    assertEquals("limit", error.field());
  }
}
