package nl.klantpunten.dynamodb;

import java.util.Optional;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.CardLookup;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Reads a card's claim item ({@code P#<p>#CARD#<code> / CARD}, written with the customer's profile). */
final class DynamoCardLookup implements CardLookup {
  private final DynamoDbClient dynamo;
  private final String table;

  DynamoCardLookup(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public Optional<CustomerId> customerWithCard(ProgramId program, String cardCode) {
    var response = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
        .key(Keys.key(Keys.card(program, cardCode), Keys.CARD_SK)));
    return response.hasItem() && response.item().containsKey("customerId")
        ? Optional.of(new CustomerId(response.item().get("customerId").s()))
        : Optional.empty();
  }
}
