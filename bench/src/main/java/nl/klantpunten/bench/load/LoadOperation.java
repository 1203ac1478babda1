package nl.klantpunten.bench.load;

import java.util.function.Function;

/**
 * One kind of traffic in the load mix: a name, a relative weight, and what a client does for it (one or more HTTP
 * requests through {@link LoadClient#send}, and bookkeeping of what the server acknowledged in the client's
 * {@link LoadLedger} so the invariant check afterwards can tell a lost or doubled write).
 */
public record LoadOperation(String name, int weight, Function<LoadClient, Outcome> action) {

  /** OK: the answer a correct server gives; REFUSED: an allowed refusal (409); ERROR: anything else. */
  public enum Outcome { OK, REFUSED, ERROR }
}
