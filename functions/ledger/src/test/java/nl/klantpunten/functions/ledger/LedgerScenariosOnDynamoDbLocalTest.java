package nl.klantpunten.functions.ledger;

import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.TestBackend;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ledger scenarios on this JVM's DynamoDB Local, at the load issue 2 asks for: 16 writers x 200 requests. */
@ExtendWith(TestBackend.class)
class LedgerScenariosOnDynamoDbLocalTest extends LedgerScenarios {
  private final Backend backend;

  LedgerScenariosOnDynamoDbLocalTest(Backend backend) {
    this.backend = backend;
  }

  @Override
  protected Backend backend() {
    return backend;
  }

  @Override
  protected int threads() {
    return 16;
  }

  @Override
  protected int operationsPerThread() {
    return 200;
  }
}
