package nl.klantpunten.dynamodb;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.klantpunten.core.card.Card;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.CardStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * A customer's card record, {@code P#<p>#C#<c> / CARD}. Both writes are single conditional puts: the first claim
 * wins ({@code attribute_not_exists}) and the loser gets the winner's card back; a replacement only happens while
 * the record still has the code the caller saw.
 */
final class DynamoCardStore implements CardStore {
  private final DynamoDbClient dynamo;
  private final String table;

  DynamoCardStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public Card claim(ProgramId program, Card card) {
    try {
      dynamo.putItem(b -> b.tableName(table).item(toItem(program, card))
          .conditionExpression("attribute_not_exists(pk)")
          .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
      return card;
    } catch (ConditionalCheckFailedException taken) {
      if (taken.hasItem() && !taken.item().isEmpty()) {
        return fromItem(taken.item());
      }
      return read(program, card.customerId(), true).orElseThrow(() -> taken);
    }
  }

  @Override
  public Optional<Card> find(ProgramId program, CustomerId customer) {
    return read(program, customer, true);
  }

  @Override
  public boolean replace(ProgramId program, String expectedCode, Card next) {
    try {
      dynamo.putItem(b -> b.tableName(table).item(toItem(program, next))
          .conditionExpression("cardCode = :expected")
          .expressionAttributeValues(Map.of(":expected", Item.str(expectedCode))));
      return true;
    } catch (ConditionalCheckFailedException changed) {
      return false;
    }
  }

  private Optional<Card> read(ProgramId program, CustomerId customer, boolean consistent) {
    var response = dynamo.getItem(b -> b.tableName(table).consistentRead(consistent)
        .key(Keys.key(CardKeys.customerCard(program, customer), CardKeys.CUSTOMER_CARD_SK)));
    return response.hasItem() && !response.item().isEmpty() ? Optional.of(fromItem(response.item())) : Optional.empty();
  }

  private static Map<String, AttributeValue> toItem(ProgramId program, Card card) {
    return Item.builder(CardKeys.customerCard(program, card.customerId()), CardKeys.CUSTOMER_CARD_SK, "CUSTOMERCARD")
        .s("programId", program.value())
        .s("customerId", card.customerId().value())
        .s("cardCode", card.cardCode())
        .s("issuedOn", card.issuedOn().toString())
        .s("expiresOn", card.expiresOn().toString())
        .instant("issuedAt", card.issuedAt())
        .build();
  }

  static Card fromItem(Map<String, AttributeValue> values) {
    Item item = Item.of(values);
    return new Card(new CustomerId(item.s("customerId")), item.s("cardCode"), LocalDate.parse(item.s("issuedOn")),
        LocalDate.parse(item.s("expiresOn")), item.instant("issuedAt"));
  }
}
