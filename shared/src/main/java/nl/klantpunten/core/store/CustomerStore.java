package nl.klantpunten.core.store;

import java.time.Instant;
import java.util.Optional;
import nl.klantpunten.core.customer.Customer;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.page.Page;
import nl.klantpunten.core.program.ProgramId;

/** Customer profiles of one program, and their search index. */
public interface CustomerStore {

  /** Creates the customer (with a zero balance) or updates its contact data. */
  Saved save(ProgramId programId, CustomerId customerId, CustomerDetails details, Instant now);

  Optional<Customer> find(ProgramId programId, CustomerId customerId);

  /** Customers whose card code, name or email starts with the normalised query, each customer once. */
  Page<Customer> search(ProgramId programId, String normalisedQuery, int limit, String cursor);

  /** Every customer of the program, ordered by customer id. */
  Page<Customer> list(ProgramId programId, int limit, String cursor);

  record Saved(Customer customer, boolean created) {}
}
