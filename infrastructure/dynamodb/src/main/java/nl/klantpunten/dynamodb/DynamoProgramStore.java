package nl.klantpunten.dynamodb;

import java.util.Currency;
import java.util.Optional;
import nl.klantpunten.core.program.Program;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.core.store.ProgramStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Programs: one item each, {@code P#<id> / PROGRAM}. */
final class DynamoProgramStore implements ProgramStore {
  private final DynamoDbClient dynamo;
  private final String table;

  DynamoProgramStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public void create(Program program) {
    dynamo.putItem(b -> b.tableName(table)
        .item(Item.builder(Keys.program(program.id()), Keys.PROGRAM_SK, "PROGRAM")
            .s("programId", program.id().value())
            .s("name", program.name())
            .s("kind", program.kind().name())
            .s("currency", program.currency().getCurrencyCode())
            .instant("createdAt", program.createdAt())
            .build())
        .conditionExpression("attribute_not_exists(pk)"));
  }

  @Override
  public Optional<Program> find(ProgramId id) {
    var response = dynamo.getItem(b -> b.tableName(table).key(Keys.key(Keys.program(id), Keys.PROGRAM_SK)));
    if (!response.hasItem() || response.item().isEmpty()) {
      return Optional.empty();
    }
    Item item = Item.of(response.item());
    return Optional.of(new Program(id, item.s("name"), ProgramKind.valueOf(item.s("kind")),
        Currency.getInstance(item.s("currency")), item.instant("createdAt")));
  }
}
