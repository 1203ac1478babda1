package nl.klantpunten.dynamodb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.klantpunten.core.badge.Badge;
import nl.klantpunten.core.badge.BadgeState;
import nl.klantpunten.core.badge.Catalog;
import nl.klantpunten.core.card.Card;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.Balance;
import nl.klantpunten.core.ledger.EntryQuery;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.reward.Reward;
import nl.klantpunten.core.settings.ProgramSettings;
import nl.klantpunten.core.store.LedgerStore;
import nl.klantpunten.core.store.SummarySource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The summary's reads as three Queries, the second and third issued on a small pool while the first runs, so the
 * summary costs one round trip of latency:
 *
 * <ol>
 *   <li>the customer's head, consistent: {@code P#<p>#C#<c>}, {@code sk BETWEEN "BADGES" AND "CARD"} → the badge
 *       state, the balance and the card (no other sort key of the partition lies in that range);
 *   <li>the program's configuration: {@code P#<p>}, {@code begins_with(sk, "SETTINGS")} → the settings item and the
 *       badge and reward catalogs (at most 25 + 25 small items);
 *   <li>the newest entries: the ledger's own entry Query with {@code limit}.
 * </ol>
 */
final class DynamoSummarySource implements SummarySource {
  private static final String HEAD_FIRST = Keys.BADGES_SK;
  private static final String HEAD_LAST = CardKeys.CUSTOMER_CARD_SK;
  private final DynamoDbClient dynamo;
  private final String table;
  private final LedgerStore ledger;
  private ExecutorService pool;

  DynamoSummarySource(DynamoDbClient dynamo, String table, LedgerStore ledger) {
    this.dynamo = dynamo;
    this.table = table;
    this.ledger = ledger;
  }

  /** Created on first use, not in the constructor: no threads in a SnapStart snapshot taken before any request. */
  private synchronized ExecutorService pool() {
    if (pool == null) {
      pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "summary-reads");
        t.setDaemon(true);
        return t;
      });
    }
    return pool;
  }

  @Override
  public Snapshot read(ProgramId program, CustomerId customer, int latestEntries) {
    CompletableFuture<ProgramConfig> config = CompletableFuture.supplyAsync(() -> config(program), pool());
    CompletableFuture<List<LedgerEntry>> latest = CompletableFuture.supplyAsync(() -> ledger.entries(program, customer,
        new EntryQuery(latestEntries, null, null, null, null, false)).items(), pool());
    Map<String, Map<String, AttributeValue>> head = head(program, customer);
    ProgramConfig programConfig = join(config);
    Optional<Balance> balance = Optional.ofNullable(head.get(Keys.BALANCE_SK)).map(row -> balance(customer, row));
    return new Snapshot(balance,
        Optional.ofNullable(head.get(Keys.BADGES_SK)).map(DynamoBadgeStateStore::fromItem),
        Optional.ofNullable(head.get(CardKeys.CUSTOMER_CARD_SK)).map(DynamoCardStore::fromItem),
        programConfig.settings(), programConfig.catalog(), join(latest));
  }

  private Map<String, Map<String, AttributeValue>> head(ProgramId program, CustomerId customer) {
    QueryResponse page = dynamo.query(b -> b.tableName(table).consistentRead(true)
        .keyConditionExpression("pk = :pk AND sk BETWEEN :first AND :last")
        .expressionAttributeValues(Map.of(":pk", Item.str(Keys.customer(program, customer)),
            ":first", Item.str(HEAD_FIRST), ":last", Item.str(HEAD_LAST))));
    Map<String, Map<String, AttributeValue>> bySk = new HashMap<>();
    page.items().forEach(row -> bySk.put(Item.of(row).s(Keys.SK), row));
    return bySk;
  }

  private record ProgramConfig(ProgramSettings settings, Catalog catalog) {}

  private ProgramConfig config(ProgramId program) {
    ProgramSettings settings = ProgramSettings.defaults();
    List<Badge> badges = new ArrayList<>();
    List<Reward> rewards = new ArrayList<>();
    Map<String, AttributeValue> startKey = null;
    do {
      Map<String, AttributeValue> exclusiveStart = startKey;
      QueryResponse page = dynamo.query(b -> b.tableName(table)
          .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
          .expressionAttributeValues(Map.of(":pk", Item.str(Keys.program(program)),
              ":prefix", Item.str(Keys.SETTINGS_SK)))
          .exclusiveStartKey(exclusiveStart));
      for (Map<String, AttributeValue> row : page.items()) {
        if (Keys.SETTINGS_SK.equals(Item.of(row).s(Keys.SK))) {
          settings = SettingsItems.fromItem(row);
        } else {
          DynamoCatalogStore.addTo(row, badges, rewards);
        }
      }
      startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
    } while (startKey != null);
    return new ProgramConfig(settings, new Catalog(badges, rewards));
  }

  private static Balance balance(CustomerId customer, Map<String, AttributeValue> row) {
    Item item = Item.of(row);
    return new Balance(customer, item.n("points"), item.n("lifetimeEarned"), item.n("version"),
        item.instant("updatedAt"));
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }
}
