package nl.klantpunten.dynamodb;

import java.time.Instant;
import java.util.Optional;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.IntegrationStore;
import nl.klantpunten.core.webhook.Platform;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Webhook secrets: {@code P#<p> / INTEGRATION#<platform>}, apart from the settings item. They are stored as given
 * (the signature check needs the secret itself, not a hash); the table is encrypted at rest and no read of the API
 * returns them.
 */
final class DynamoIntegrationStore implements IntegrationStore {
  private final DynamoDbClient dynamo;
  private final String table;

  DynamoIntegrationStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public void saveSecret(ProgramId program, Platform platform, String secret, Instant at) {
    dynamo.putItem(b -> b.tableName(table)
        .item(Item.builder(Keys.program(program), Keys.integrationSk(platform.wireName()), "INTEGRATION")
            .s("programId", program.value())
            .s("platform", platform.wireName())
            .s("secret", secret)
            .instant("updatedAt", at)
            .build()));
  }

  @Override
  public Optional<String> secret(ProgramId program, Platform platform) {
    return attribute(program, platform, "secret");
  }

  @Override
  public Optional<Instant> configuredAt(ProgramId program, Platform platform) {
    return attribute(program, platform, "updatedAt").map(Instant::parse);
  }

  private Optional<String> attribute(ProgramId program, Platform platform, String name) {
    var response = dynamo.getItem(b -> b.tableName(table).projectionExpression(name)
        .key(Keys.key(Keys.program(program), Keys.integrationSk(platform.wireName()))));
    return response.hasItem() && response.item().containsKey(name)
        ? Optional.of(response.item().get(name).s())
        : Optional.empty();
  }
}
