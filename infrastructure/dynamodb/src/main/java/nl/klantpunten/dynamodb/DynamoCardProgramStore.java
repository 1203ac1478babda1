package nl.klantpunten.dynamodb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.klantpunten.core.card.CardProgram;
import nl.klantpunten.core.card.CardProgramSettings;
import nl.klantpunten.core.card.Slug;
import nl.klantpunten.core.error.ConflictException;
import nl.klantpunten.core.error.ContentionException;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.CardProgramStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Card-program settings ({@code P#<p> / CARDPROGRAM}) and slug claims ({@code SLUG#<slug> / SLUG}). A save is one
 * transaction: settings put guarded by the version read, claim of the new slug ({@code attribute_not_exists} or
 * already ours), and release of the old slug (only if still ours). So a slug can never point at two programs, and a
 * program never holds two slugs.
 */
final class DynamoCardProgramStore implements CardProgramStore {
  private static final int SETTINGS = 0;
  private static final int NEW_SLUG = 1;
  private final DynamoDbClient dynamo;
  private final String table;

  DynamoCardProgramStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public Optional<CardProgram> find(ProgramId program) {
    return read(program, false);
  }

  private Optional<CardProgram> read(ProgramId program, boolean consistent) {
    var response = dynamo.getItem(b -> b.tableName(table).consistentRead(consistent)
        .key(Keys.key(Keys.program(program), CardKeys.CARD_PROGRAM_SK)));
    if (!response.hasItem() || response.item().isEmpty()) {
      return Optional.empty();
    }
    Item item = Item.of(response.item());
    CardProgramSettings settings = CardProgramSettings.parse(item.s("slug"), item.s("customerBaseUrl"),
        item.n("validityMonths"), item.n("welcomePoints"), item.n("cardLinkMinutes"), item.n("enrolmentsPerMinute"),
        item.s("timeZone"), item.bool("distributionEnabled", true));
    return Optional.of(new CardProgram(program, settings, item.n("version"), item.instant("updatedAt")));
  }

  @Override
  public Optional<ProgramId> programOf(Slug slug) {
    var response = dynamo.getItem(b -> b.tableName(table).key(Keys.key(CardKeys.slug(slug), CardKeys.SLUG_SK)));
    if (!response.hasItem() || response.item().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ProgramId(Item.of(response.item()).s("programId")));
  }

  @Override
  public CardProgram save(ProgramId program, CardProgramSettings settings, long expectedVersion, Instant now) {
    Optional<CardProgram> current = read(program, true);
    if (current.map(CardProgram::version).orElse(0L) != expectedVersion) {
      throw new ContentionException("the card program was changed by another request; read it again", null);
    }
    CardProgram next = new CardProgram(program, settings, expectedVersion + 1, now);
    List<TransactWriteItem> items = new ArrayList<>(3);
    items.add(settingsPut(next, expectedVersion));
    items.add(slugClaim(program, settings.slug()));
    current.map(c -> c.settings().slug()).filter(old -> !old.equals(settings.slug()))
        .ifPresent(old -> items.add(slugRelease(program, old)));
    try {
      Transactions.retryOnConflict(() -> dynamo.transactWriteItems(b -> b.transactItems(items)));
      return next;
    } catch (TransactionCanceledException e) {
      if ("ConditionalCheckFailed".equals(Transactions.code(e, NEW_SLUG))) {
        throw new ConflictException("SLUG_TAKEN", "slug",
            "the slug '" + settings.slug() + "' is used by another program");
      }
      if ("ConditionalCheckFailed".equals(Transactions.code(e, SETTINGS))) {
        throw new ContentionException("the card program was changed by another request; read it again", e);
      }
      throw e;
    }
  }

  private TransactWriteItem settingsPut(CardProgram next, long expectedVersion) {
    CardProgramSettings s = next.settings();
    Map<String, AttributeValue> item = Item.builder(Keys.program(next.programId()), CardKeys.CARD_PROGRAM_SK,
            "CARDPROGRAM")
        .s("programId", next.programId().value())
        .s("slug", s.slug().value())
        .s("customerBaseUrl", s.customerBaseUrl().value())
        .n("validityMonths", s.validity().months())
        .n("welcomePoints", s.welcomePoints())
        .n("cardLinkMinutes", s.cardLinkMinutes())
        .n("enrolmentsPerMinute", s.enrolmentsPerMinute())
        .s("timeZone", s.timeZone().getId())
        .bool("distributionEnabled", s.distributionEnabled())
        .n("version", next.version())
        .instant("updatedAt", next.updatedAt())
        .build();
    return TransactWriteItem.builder().put(p -> {
      p.tableName(table).item(item);
      if (expectedVersion == 0) {
        p.conditionExpression("attribute_not_exists(pk)");
      } else {
        p.conditionExpression("version = :version")
            .expressionAttributeValues(Map.of(":version", Item.num(expectedVersion)));
      }
    }).build();
  }

  private TransactWriteItem slugClaim(ProgramId program, Slug slug) {
    Map<String, AttributeValue> item = Item.builder(CardKeys.slug(slug), CardKeys.SLUG_SK, "SLUG")
        .s("slug", slug.value()).s("programId", program.value()).build();
    return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
        .conditionExpression("attribute_not_exists(pk) OR programId = :program")
        .expressionAttributeValues(Map.of(":program", Item.str(program.value())))).build();
  }

  private TransactWriteItem slugRelease(ProgramId program, Slug old) {
    return TransactWriteItem.builder().delete(d -> d.tableName(table)
        .key(Keys.key(CardKeys.slug(old), CardKeys.SLUG_SK))
        .conditionExpression("attribute_not_exists(pk) OR programId = :program")
        .expressionAttributeValues(Map.of(":program", Item.str(program.value())))).build();
  }
}
