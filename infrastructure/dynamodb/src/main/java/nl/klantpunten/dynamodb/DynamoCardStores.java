package nl.klantpunten.dynamodb;

import nl.klantpunten.core.store.CardProgramStore;
import nl.klantpunten.core.store.CardStore;
import nl.klantpunten.core.store.PanelStore;
import nl.klantpunten.core.store.RateLimitStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The loyalty-card stores over the one table, next to {@link DynamoStores} rather than inside it so that functions
 * without cards do not build them. Built from the same client and table.
 */
public final class DynamoCardStores {
  private final CardProgramStore cardPrograms;
  private final CardStore cards;
  private final RateLimitStore rateLimits;
  private final PanelStore panel;

  public DynamoCardStores(DynamoDbClient dynamo, String table) {
    this.cardPrograms = new DynamoCardProgramStore(dynamo, table);
    this.cards = new DynamoCardStore(dynamo, table);
    this.rateLimits = new DynamoRateLimitStore(dynamo, table);
    this.panel = new DynamoPanelStore(dynamo, table);
  }

  public static DynamoCardStores over(DynamoStores stores) {
    return new DynamoCardStores(stores.client(), stores.table());
  }

  public CardProgramStore cardPrograms() {
    return cardPrograms;
  }

  public CardStore cards() {
    return cards;
  }

  public RateLimitStore rateLimits() {
    return rateLimits;
  }

  public PanelStore panel() {
    return panel;
  }
}
