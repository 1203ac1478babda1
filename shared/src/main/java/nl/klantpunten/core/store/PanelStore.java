package nl.klantpunten.core.store;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import nl.klantpunten.core.customer.Customer;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.Balance;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.ledger.ProgramEntryQuery;
import nl.klantpunten.core.page.Page;
import nl.klantpunten.core.program.ProgramId;

/** Reads across many customers of one program, for the vendor panel. */
public interface PanelStore {

  /** The balances of up to 100 customers in one batch; customers without one are left out. */
  Map<CustomerId, Balance> balances(ProgramId program, Collection<CustomerId> customers);

  /** The profiles of up to 100 customers in one batch; unknown customers are left out. */
  Map<CustomerId, Customer> profiles(ProgramId program, Collection<CustomerId> customers);

  /** The customer holding this card code (the program-wide card-code claim), if any. */
  Optional<CustomerId> cardHolder(ProgramId program, String cardCode);

  /** Every visible ledger entry of the program, newest first, filtered and paged. */
  Page<LedgerEntry> programEntries(ProgramId program, ProgramEntryQuery query);
}
