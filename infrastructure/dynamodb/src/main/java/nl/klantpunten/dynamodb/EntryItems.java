package nl.klantpunten.dynamodb;

import java.util.Map;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Maps ledger entries to and from their items ({@code P#<p>#C#<c> / TX#<entryId>}). */
final class EntryItems {
  private EntryItems() {}

  static Map<String, AttributeValue> toItem(ProgramId program, LedgerEntry e) {
    return Item.builder(Keys.customer(program, e.customerId()), Keys.entrySk(e.id()), "ENTRY")
        .s("programId", program.value())
        .s("customerId", e.customerId().value())
        .s("entryId", e.id())
        .s("gsi1pk", Keys.programEntries(program, Keys.entryShard(e.customerId())))
        .s("gsi1sk", e.id())
        .n("points", e.points())
        .s("kind", e.kind().name())
        .s("reason", e.reason().name())
        .s("note", e.note())
        .s("sourceRef", e.sourceRef())
        .s("actor", e.actor())
        .instant("createdAt", e.createdAt())
        .build();
  }

  static LedgerEntry fromItem(Map<String, AttributeValue> values) {
    Item item = Item.of(values);
    return new LedgerEntry(
        item.s("entryId"),
        new CustomerId(item.s("customerId")),
        item.n("points"),
        EntryKind.valueOf(item.s("kind")),
        Reason.valueOf(item.s("reason")),
        item.s("note"),
        item.s("sourceRef"),
        item.s("actor"),
        item.instant("createdAt"),
        item.instant("deletedAt"),
        item.s("deletedBy"));
  }
}
