package nl.klantpunten.local;

import java.time.Duration;
import nl.klantpunten.core.card.CardLink;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.CardFileStore;

/** For tests that only read the functions' routes: any attempt to store or link a card PDF is a test bug. */
final class UnusedCardFiles implements CardFileStore {
  @Override
  public String put(ProgramId program, CustomerId customer, String fileName, byte[] pdf) {
    throw new UnsupportedOperationException("this test reads routes only");
  }

  @Override
  public CardLink link(String storedName, Duration validity) {
    throw new UnsupportedOperationException("this test reads routes only");
  }
}
