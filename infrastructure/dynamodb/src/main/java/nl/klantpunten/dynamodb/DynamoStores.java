package nl.klantpunten.dynamodb;

import java.time.Clock;
import nl.klantpunten.core.earning.SkippedOrders;
import nl.klantpunten.core.id.Ids;
import nl.klantpunten.core.redemption.OrderRedemptionRefs;
import nl.klantpunten.core.store.ApiKeyStore;
import nl.klantpunten.core.store.BadgeStateStore;
import nl.klantpunten.core.store.BadgeStore;
import nl.klantpunten.core.store.CardLookup;
import nl.klantpunten.core.store.CustomerStore;
import nl.klantpunten.core.store.GiftStore;
import nl.klantpunten.core.store.IntegrationStore;
import nl.klantpunten.core.store.LedgerStore;
import nl.klantpunten.core.store.NotificationLog;
import nl.klantpunten.core.store.NotificationOutbox;
import nl.klantpunten.core.store.OrderLedger;
import nl.klantpunten.core.store.ProductEarningStore;
import nl.klantpunten.core.store.ProgramStore;
import nl.klantpunten.core.store.RedemptionStore;
import nl.klantpunten.core.store.ReportStore;
import nl.klantpunten.core.store.RewardStore;
import nl.klantpunten.core.store.SegmentQuery;
import nl.klantpunten.core.store.SummarySource;
import nl.klantpunten.core.store.SettingsStore;
import nl.klantpunten.core.store.TemplateStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Every store over the one table, sharing one client. */
public final class DynamoStores {
  private final DynamoDbClient dynamo;
  private final String table;
  private final ProgramStore programs;
  private final ApiKeyStore apiKeys;
  private final CustomerStore customers;
  private final LedgerStore ledger;
  private final SettingsStore settings;
  private final ProductEarningStore productEarning;
  private final IntegrationStore integrations;
  private final OrderLedger orders;
  private final SkippedOrders skippedOrders;
  private final OrderRedemptionRefs orderRedemptionRefs;
  private final CardLookup cards;
  private final RedemptionStore redemptions;
  private final ReportStore reports;
  private final GiftStore gifts;
  private final SegmentQuery segments;
  private final DynamoCatalogStore catalog;
  private final BadgeStateStore badgeStates;
  private final SummarySource summaries;
  private final TemplateStore templates;
  private final NotificationLog notificationLog;
  private final NotificationOutbox outbox;

  public DynamoStores(DynamoDbClient dynamo, String table, Clock clock, Ids ids) {
    this.dynamo = dynamo;
    this.table = table;
    this.programs = new DynamoProgramStore(dynamo, table);
    this.apiKeys = new DynamoApiKeyStore(dynamo, table);
    this.customers = new DynamoCustomerStore(dynamo, table);
    this.ledger = new DynamoLedgerStore(dynamo, table, clock, ids);
    this.settings = new DynamoSettingsStore(dynamo, table);
    this.productEarning = new DynamoProductEarningStore(dynamo, table);
    this.integrations = new DynamoIntegrationStore(dynamo, table);
    this.orders = new DynamoOrderLedger(dynamo, table, ids);
    this.skippedOrders = new DynamoSkippedOrders(dynamo, table);
    this.orderRedemptionRefs = new DynamoOrderRedemptionRefs(dynamo, table);
    this.cards = new DynamoCardLookup(dynamo, table);
    this.redemptions = new DynamoRedemptionStore(dynamo, table, ids);
    this.reports = new DynamoReportStore(dynamo, table, clock);
    this.gifts = new DynamoGiftStore(dynamo, table);
    this.segments = new DynamoSegmentQuery(dynamo, table);
    this.catalog = new DynamoCatalogStore(dynamo, table);
    this.badgeStates = new DynamoBadgeStateStore(dynamo, table);
    this.summaries = new DynamoSummarySource(dynamo, table, ledger);
    this.templates = new DynamoTemplateStore(dynamo, table);
    this.notificationLog = new DynamoNotificationLog(dynamo, table);
    this.outbox = new DynamoNotificationOutbox(dynamo, table);
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

  public SettingsStore settings() {
    return settings;
  }

  public ProductEarningStore productEarning() {
    return productEarning;
  }

  public IntegrationStore integrations() {
    return integrations;
  }

  public OrderRedemptionRefs orderRedemptionRefs() {
    return orderRedemptionRefs;
  }

  public SkippedOrders skippedOrders() {
    return skippedOrders;
  }

  public OrderLedger orders() {
    return orders;
  }

  public CardLookup cards() {
    return cards;
  }

  public RedemptionStore redemptions() {
    return redemptions;
  }

  public ReportStore reports() {
    return reports;
  }

  public GiftStore gifts() {
    return gifts;
  }

  public SegmentQuery segments() {
    return segments;
  }

  public BadgeStore badges() {
    return catalog;
  }

  public RewardStore rewards() {
    return catalog;
  }

  public BadgeStateStore badgeStates() {
    return badgeStates;
  }

  public SummarySource summaries() {
    return summaries;
  }

  public TemplateStore templates() {
    return templates;
  }

  public NotificationLog notificationLog() {
    return notificationLog;
  }

  public NotificationOutbox outbox() {
    return outbox;
  }
}
