package nl.klantpunten.core.store;

import java.time.Duration;
import nl.klantpunten.core.card.CardLink;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramId;

/** Where generated card PDFs go, under a prefix of their program, and how they are handed out. */
public interface CardFileStore {

  /** Stores a PDF and returns its name in the store. */
  String put(ProgramId program, CustomerId customer, String fileName, byte[] pdf);

  /** A link that downloads the stored file for {@code validity}, and no longer. */
  CardLink link(String storedName, Duration validity);
}
