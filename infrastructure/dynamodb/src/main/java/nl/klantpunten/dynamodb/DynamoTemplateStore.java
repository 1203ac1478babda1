package nl.klantpunten.dynamodb;

import java.time.Instant;
import java.util.Optional;
import nl.klantpunten.core.notification.EmailTemplate;
import nl.klantpunten.core.notification.NotificationType;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.TemplateStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Email templates: {@code P#<p> / TEMPLATE#<type>#<language>}, one item each, last write wins. */
final class DynamoTemplateStore implements TemplateStore {
  private final DynamoDbClient dynamo;
  private final String table;

  DynamoTemplateStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  static String sk(NotificationType type, String language) {
    return "TEMPLATE#" + type.name() + "#" + language;
  }

  @Override
  public Optional<EmailTemplate> find(ProgramId program, NotificationType type, String language) {
    var response = dynamo.getItem(b -> b.tableName(table).key(Keys.key(Keys.program(program), sk(type, language))));
    if (!response.hasItem() || response.item().isEmpty()) {
      return Optional.empty();
    }
    Item item = Item.of(response.item());
    return Optional.of(new EmailTemplate(item.s("subject"), item.s("html"), item.s("text")));
  }

  @Override
  public void save(ProgramId program, NotificationType type, String language, EmailTemplate template, String actor,
      Instant at) {
    dynamo.putItem(b -> b.tableName(table).item(Item.builder(Keys.program(program), sk(type, language), "TEMPLATE")
        .s("programId", program.value())
        .s("notificationType", type.name())
        .s("language", language)
        .s("subject", template.subject())
        .s("html", template.html())
        .s("text", template.text())
        .s("updatedBy", actor)
        .instant("updatedAt", at)
        .build()));
  }
}
