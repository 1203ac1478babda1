package nl.klantpunten.dynamodb;

import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.money.Money;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.redemption.Redemption;
import nl.klantpunten.core.redemption.RedemptionStatus;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps a redemption to its item ({@code P#<p>#REDEMPTION#<id> / REDEMPTION}) and back. While reserved it carries
 * gsi1 keys (see {@link Keys#reservedShard}) and {@code expiresAtMs}, the expiry as a number conditions compare.
 */
final class RedemptionItems {
  private RedemptionItems() {}

  static Map<String, AttributeValue> toItem(ProgramId program, Redemption r) {
    Map<String, AttributeValue> item = new HashMap<>(
        Item.builder(Keys.redemption(program, r.id()), Keys.REDEMPTION_SK, "REDEMPTION")
            .s("programId", program.value())
            .s("redemptionId", r.id())
            .s("customerId", r.customerId().value())
            .s("orderRef", r.orderRef())
            .n("points", r.points())
            .n("discountMinor", r.discount().minorUnits())
            .s("currency", r.discount().currency().getCurrencyCode())
            .s("status", r.status().name())
            .instant("createdAt", r.createdAt())
            .instant("expiresAt", r.expiresAt())
            .n("expiresAtMs", r.expiresAt().toEpochMilli())
            .instant("updatedAt", r.updatedAt())
            .s("reserveEntryId", r.reserveEntryId())
            .s("returnEntryId", r.returnEntryId())
            .build());
    if (r.status() == RedemptionStatus.RESERVED) {
      item.put("gsi1pk", Item.str(Keys.reservedShard(Keys.reservationShard(r.id()))));
      item.put("gsi1sk", Item.str(Keys.reservedSort(r.expiresAt().toEpochMilli(), r.id())));
    }
    return item;
  }

  static Redemption fromItem(Map<String, AttributeValue> values) {
    Item item = Item.of(values);
    return new Redemption(item.s("redemptionId"), new CustomerId(item.s("customerId")), item.s("orderRef"),
        item.n("points"), new Money(item.n("discountMinor"), Currency.getInstance(item.s("currency"))),
        RedemptionStatus.valueOf(item.s("status")), item.instant("createdAt"), item.instant("expiresAt"),
        item.instant("updatedAt"), item.s("reserveEntryId"), item.s("returnEntryId"));
  }

  static ProgramId programOf(Map<String, AttributeValue> values) {
    return new ProgramId(Item.of(values).s("programId"));
  }
}
