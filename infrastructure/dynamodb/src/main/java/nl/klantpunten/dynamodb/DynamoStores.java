package nl.klantpunten.dynamodb;

import java.time.Clock;
import nl.klantpunten.core.id.Ids;
import nl.klantpunten.core.store.ApiKeyStore;
import nl.klantpunten.core.store.CustomerStore;
import nl.klantpunten.core.store.LedgerStore;
import nl.klantpunten.core.store.ProgramStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Every store over the one table, sharing one client. */
public final class DynamoStores {
  private final DynamoDbClient dynamo;
  private final String table;
  private final ProgramStore programs;
  private final ApiKeyStore apiKeys;
  private final CustomerStore customers;
  private final LedgerStore ledger;

  public DynamoStores(DynamoDbClient dynamo, String table, Clock clock, Ids ids) {
    this.dynamo = dynamo;
    this.table = table;
    this.programs = new DynamoProgramStore(dynamo, table);
    this.apiKeys = new DynamoApiKeyStore(dynamo, table);
    this.customers = new DynamoCustomerStore(dynamo, table);
    this.ledger = new DynamoLedgerStore(dynamo, table, clock, ids);
  }

  public DynamoDbClient client() {
    return dynamo;
  }

  public String table() {
    return table;
  }

  public ProgramStore programs() {
    return programs;
  }

  public ApiKeyStore apiKeys() {
    return apiKeys;
  }

  public CustomerStore customers() {
    return customers;
  }

  public LedgerStore ledger() {
    return ledger;
  }
}
