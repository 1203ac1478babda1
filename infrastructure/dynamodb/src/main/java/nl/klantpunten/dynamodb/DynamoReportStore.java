package nl.klantpunten.dynamodb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.report.DayTotals;
import nl.klantpunten.core.report.ProgramOutstanding;
import nl.klantpunten.core.report.ReportedEntry;
import nl.klantpunten.core.report.Tally;
import nl.klantpunten.core.store.ReportStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Report aggregates, written by the stream consumer. Items (see docs/reports.md):
 * <ul>
 *   <li>{@code P#<p>#REPORT / DAY#<yyyy-MM-dd>}: entries, earned, spent, and per reason {@code n_<R>},
 *       {@code earned_<R>}, {@code spent_<R>};</li>
 *   <li>{@code P#<p>#REPORT / TOTAL}: outstanding (earned − spent of all time), entries, aggregatedAt;</li>
 *   <li>{@code P#<p>#C#<c> / REPORTED#<entryId>[#DELETED]}: "this entry (deletion) is counted", expiring after
 *       {@link #MARKER_TTL} (a stream record is redelivered for at most 24 hours).</li>
 * </ul>
 *
 * <p>Idempotency and cost: one TransactWriteItems per (program, day) and up to {@link #MARKERS_PER_TRANSACTION}
 * entries: a conditional marker put per entry plus ONE update of the day and ONE of the total with the sum of the
 * entries whose markers are new. If some markers exist already (a redelivered batch), DynamoDB cancels the whole
 * transaction and names them; they are dropped and the rest is written again. Transactional writes cost 2 WCU per
 * item, so a batch costs about 2 WCU per entry plus 4 per day touched: about half of one transaction per entry,
 * and the two aggregate items are written once per batch instead of once per entry (no hot item).
 */
final class DynamoReportStore implements ReportStore {
  static final int MARKERS_PER_TRANSACTION = 98; // + day + total = 100, the TransactWriteItems limit
  static final Duration MARKER_TTL = Duration.ofDays(7);
  private static final String DAY_PREFIX = "DAY#";
  private static final String TOTAL_SK = "TOTAL";

  private final DynamoDbClient dynamo;
  private final String table;
  private final Clock clock;

  DynamoReportStore(DynamoDbClient dynamo, String table, Clock clock) {
    this.dynamo = dynamo;
    this.table = table;
    this.clock = clock;
  }

  static String reportPartition(ProgramId program) {
    return Keys.program(program) + "#REPORT";
  }

  @Override
  public int add(ProgramId program, LocalDate day, List<ReportedEntry> entries) {
    int counted = 0;
    for (int from = 0; from < entries.size(); from += MARKERS_PER_TRANSACTION) {
      counted += addChunk(program, day,
          entries.subList(from, Math.min(entries.size(), from + MARKERS_PER_TRANSACTION)));
    }
    return counted;
  }

  private int addChunk(ProgramId program, LocalDate day, List<ReportedEntry> chunk) {
    List<ReportedEntry> todo = new ArrayList<>(chunk);
    for (int attempt = 1; !todo.isEmpty(); attempt++) {
      List<ReportedEntry> current = List.copyOf(todo);
      try {
        Transactions.retryOnConflict(() -> {
          write(program, day, current);
          return null;
        });
        return current.size();
      } catch (TransactionCanceledException e) {
        List<ReportedEntry> fresh = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
          if (!"ConditionalCheckFailed".equals(Transactions.code(e, i))) {
            fresh.add(current.get(i));
          }
        }
        if (fresh.size() == current.size() || attempt > MARKERS_PER_TRANSACTION + 1) {
          throw e; // no marker refused: something else failed
        }
        todo = fresh;
      }
    }
    return 0;
  }

  private void write(ProgramId program, LocalDate day, List<ReportedEntry> entries) {
    Instant now = clock.instant();
    List<TransactWriteItem> items = new ArrayList<>(entries.size() + 2);
    for (ReportedEntry e : entries) {
      Map<String, AttributeValue> marker = Item.builder(Keys.customer(program, e.customerId()), markerSk(e),
              "REPORTED")
          .n(TableSchema.TTL_ATTRIBUTE, now.plus(MARKER_TTL).getEpochSecond())
          .build();
      items.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(marker)
          .conditionExpression("attribute_not_exists(pk)")).build());
    }
    DayTotals totals = DayTotals.of(day, entries);
    items.add(dayUpdate(program, totals, now));
    items.add(totalUpdate(program, totals.all(), now));
    dynamo.transactWriteItems(b -> b.transactItems(items));
  }

  static String markerSk(ReportedEntry e) {
    return "REPORTED#" + e.entryId() + (e.reversal() ? "#DELETED" : "");
  }

  private TransactWriteItem dayUpdate(ProgramId program, DayTotals totals, Instant now) {
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    List<String> adds = new ArrayList<>();
    add(adds, names, values, "entries", totals.all().entries());
    add(adds, names, values, "earned", totals.all().earned());
    add(adds, names, values, "spent", totals.all().spent());
    totals.byReason().forEach((reason, t) -> {
      add(adds, names, values, "n_" + reason.name(), t.entries());
      add(adds, names, values, "earned_" + reason.name(), t.earned());
      add(adds, names, values, "spent_" + reason.name(), t.spent());
    });
    names.put("#type", Keys.TYPE);
    names.put("#day", "day");
    values.put(":type", Item.str("REPORT_DAY"));
    values.put(":day", Item.str(totals.day().toString()));
    values.put(":at", Item.str(now.toString()));
    String update = "SET #type = :type, #day = :day, updatedAt = :at ADD " + String.join(", ", adds);
    return TransactWriteItem.builder().update(u -> u.tableName(table)
        .key(Keys.key(reportPartition(program), DAY_PREFIX + totals.day()))
        .updateExpression(update)
        .expressionAttributeNames(names)
        .expressionAttributeValues(values)).build();
  }

  private static void add(List<String> adds, Map<String, String> names, Map<String, AttributeValue> values,
      String attribute, long delta) {
    String index = Integer.toString(adds.size());
    names.put("#a" + index, attribute);
    values.put(":v" + index, Item.num(delta));
    adds.add("#a" + index + " :v" + index);
  }

  private TransactWriteItem totalUpdate(ProgramId program, Tally tally, Instant now) {
    return TransactWriteItem.builder().update(u -> u.tableName(table)
        .key(Keys.key(reportPartition(program), TOTAL_SK))
        .updateExpression("SET #type = :type, aggregatedAt = :at ADD outstanding :net, entries :n")
        .expressionAttributeNames(Map.of("#type", Keys.TYPE))
        .expressionAttributeValues(Map.of(":type", Item.str("REPORT_TOTAL"), ":at", Item.str(now.toString()),
            ":net", Item.num(tally.net()), ":n", Item.num(tally.entries())))).build();
  }

  @Override
  public List<DayTotals> days(ProgramId program, LocalDate from, LocalDate to) {
    List<DayTotals> days = new ArrayList<>();
    Map<String, AttributeValue> values = Map.of(":pk", Item.str(reportPartition(program)),
        ":from", Item.str(DAY_PREFIX + from), ":to", Item.str(DAY_PREFIX + to));
    Map<String, AttributeValue> startKey = null;
    do {
      Map<String, AttributeValue> start = startKey;
      QueryResponse page = dynamo.query(q -> q.tableName(table)
          .keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
          .expressionAttributeValues(values)
          .exclusiveStartKey(start));
      page.items().forEach(item -> days.add(day(item)));
      startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
    } while (startKey != null);
    return days;
  }

  private static DayTotals day(Map<String, AttributeValue> values) {
    Item item = Item.of(values);
    Map<Reason, Tally> byReason = new EnumMap<>(Reason.class);
    for (Reason r : Reason.values()) {
      if (values.containsKey("n_" + r.name())) {
        byReason.put(r, new Tally(item.n("n_" + r.name()), item.n("earned_" + r.name()),
            item.n("spent_" + r.name())));
      }
    }
    return new DayTotals(LocalDate.parse(item.s("day")),
        new Tally(item.n("entries"), item.n("earned"), item.n("spent")), byReason);
  }

  @Override
  public ProgramOutstanding outstanding(ProgramId program) {
    var response = dynamo.getItem(b -> b.tableName(table).key(Keys.key(reportPartition(program), TOTAL_SK)));
    if (!response.hasItem() || response.item().isEmpty()) {
      return ProgramOutstanding.NONE;
    }
    Item item = Item.of(response.item());
    return new ProgramOutstanding(item.n("outstanding"), item.n("entries"), item.instant("aggregatedAt"));
  }
}
