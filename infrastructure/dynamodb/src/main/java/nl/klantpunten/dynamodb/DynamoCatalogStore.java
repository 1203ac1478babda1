package nl.klantpunten.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.klantpunten.core.badge.Badge;
import nl.klantpunten.core.badge.BadgeId;
import nl.klantpunten.core.badge.Catalog;
import nl.klantpunten.core.badge.PointsRange;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.reward.Reward;
import nl.klantpunten.core.reward.RewardId;
import nl.klantpunten.core.store.BadgeStore;
import nl.klantpunten.core.store.RewardStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Badges ({@code P#<p> / SETTINGS#BADGE#<id>}) and rewards ({@code P#<p> / SETTINGS#REWARD#<id>}): small items
 * under the program, so the whole catalog is one Query ({@code begins_with(sk, "SETTINGS#")}); both catalogs are
 * capped (25 each), so it is one page of a few KB.
 */
final class DynamoCatalogStore implements BadgeStore, RewardStore {
  private final DynamoDbClient dynamo;
  private final String table;

  DynamoCatalogStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public boolean put(ProgramId program, Badge b) {
    Item.Builder item = Item.builder(Keys.program(program), Keys.CATALOG_BADGE_PREFIX + b.id().value(), "BADGE")
        .s("programId", program.value())
        .s("badgeId", b.id().value())
        .s("title", b.title())
        .s("description", b.description())
        .s("iconUrl", b.iconUrl())
        .n("fromPoints", b.range().from());
    if (b.range().to() != null) {
      item.n("toPoints", b.range().to());
    }
    return putReturningCreated(item.build());
  }

  @Override
  public boolean put(ProgramId program, Reward r) {
    return putReturningCreated(
        Item.builder(Keys.program(program), Keys.CATALOG_REWARD_PREFIX + r.id().value(), "REWARD")
            .s("programId", program.value())
            .s("rewardId", r.id().value())
            .s("name", r.name())
            .s("description", r.description())
            .n("pointsRequired", r.pointsRequired())
            .build());
  }

  private boolean putReturningCreated(Map<String, AttributeValue> item) {
    var response = dynamo.putItem(b -> b.tableName(table).item(item).returnValues(ReturnValue.ALL_OLD));
    return !response.hasAttributes() || response.attributes().isEmpty();
  }

  @Override
  public Optional<Badge> find(ProgramId program, BadgeId id) {
    return get(program, Keys.CATALOG_BADGE_PREFIX + id.value()).map(DynamoCatalogStore::badge);
  }

  @Override
  public Optional<Reward> find(ProgramId program, RewardId id) {
    return get(program, Keys.CATALOG_REWARD_PREFIX + id.value()).map(DynamoCatalogStore::reward);
  }

  private Optional<Map<String, AttributeValue>> get(ProgramId program, String sk) {
    var response = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
        .key(Keys.key(Keys.program(program), sk)));
    return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
  }

  @Override
  public boolean delete(ProgramId program, BadgeId id) {
    return deleteReturningExisted(program, Keys.CATALOG_BADGE_PREFIX + id.value());
  }

  @Override
  public boolean delete(ProgramId program, RewardId id) {
    return deleteReturningExisted(program, Keys.CATALOG_REWARD_PREFIX + id.value());
  }

  private boolean deleteReturningExisted(ProgramId program, String sk) {
    var response = dynamo.deleteItem(b -> b.tableName(table).key(Keys.key(Keys.program(program), sk))
        .returnValues(ReturnValue.ALL_OLD));
    return response.hasAttributes() && !response.attributes().isEmpty();
  }

  @Override
  public Catalog catalog(ProgramId program) {
    List<Badge> badges = new ArrayList<>();
    List<Reward> rewards = new ArrayList<>();
    Map<String, AttributeValue> startKey = null;
    do {
      Map<String, AttributeValue> exclusiveStart = startKey;
      QueryResponse page = dynamo.query(b -> b.tableName(table)
          .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
          .expressionAttributeValues(Map.of(":pk", Item.str(Keys.program(program)),
              ":prefix", Item.str(Keys.CATALOG_PREFIX)))
          .exclusiveStartKey(exclusiveStart));
      page.items().forEach(row -> addTo(row, badges, rewards));
      startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
    } while (startKey != null);
    return new Catalog(badges, rewards);
  }

  /** Adds a catalog row to its list; other rows (the settings item read along by the summary) are skipped. */
  static void addTo(Map<String, AttributeValue> row, List<Badge> badges, List<Reward> rewards) {
    String sk = Item.of(row).s(Keys.SK);
    if (sk.startsWith(Keys.CATALOG_BADGE_PREFIX)) {
      badges.add(badge(row));
    } else if (sk.startsWith(Keys.CATALOG_REWARD_PREFIX)) {
      rewards.add(reward(row));
    }
  }

  private static Badge badge(Map<String, AttributeValue> row) {
    Item i = Item.of(row);
    Long to = row.containsKey("toPoints") ? i.n("toPoints") : null;
    return new Badge(new BadgeId(i.s("badgeId")), i.s("title"), i.s("description"), i.s("iconUrl"),
        new PointsRange(i.n("fromPoints"), to));
  }

  private static Reward reward(Map<String, AttributeValue> row) {
    Item i = Item.of(row);
    return new Reward(new RewardId(i.s("rewardId")), i.s("name"), i.n("pointsRequired"), i.s("description"));
  }
}
