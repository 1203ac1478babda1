package nl.klantpunten.dynamodb;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.settings.ProgramSettings;
import nl.klantpunten.core.store.SettingsStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Program settings: one item {@code P#<p> / SETTINGS} holding a version number. A save is one conditional put on
 * the version it was based on, so of two admins editing at once the second is told (HTTP 412) instead of silently
 * overwriting the first. It is never part of a balance transaction.
 */
final class DynamoSettingsStore implements SettingsStore {
  private final DynamoDbClient dynamo;
  private final String table;

  DynamoSettingsStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public ProgramSettings load(ProgramId program) {
    var response = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
        .key(Keys.key(Keys.program(program), Keys.SETTINGS_SK)));
    return response.hasItem() && !response.item().isEmpty()
        ? SettingsItems.fromItem(response.item())
        : ProgramSettings.defaults();
  }

  @Override
  public Optional<ProgramSettings> replace(ProgramId program, ProgramSettings next, long expectedVersion,
      String actor, Instant at) {
    ProgramSettings stored = next.savedAs(expectedVersion + 1, at, actor);
    try {
      dynamo.putItem(b -> {
        b.tableName(table).item(SettingsItems.toItem(program, stored));
        if (expectedVersion == 0) {
          b.conditionExpression("attribute_not_exists(pk)");
        } else {
          b.conditionExpression("version = :expected")
              .expressionAttributeValues(Map.of(":expected", Item.num(expectedVersion)));
        }
      });
      return Optional.of(stored);
    } catch (ConditionalCheckFailedException stale) {
      return Optional.empty();
    }
  }
}
