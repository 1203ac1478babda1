package nl.klantpunten.functions.stream;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One item change read from the table's stream, with SDK attribute values so processors can write them back. */
public record TableChange(
    String eventId,
    String eventName,
    String sequenceNumber,
    Map<String, AttributeValue> keys,
    Map<String, AttributeValue> newImage,
    Map<String, AttributeValue> oldImage) {

  public boolean isInsert() {
    return "INSERT".equals(eventName);
  }

  public boolean isModify() {
    return "MODIFY".equals(eventName);
  }

  public boolean isRemove() {
    return "REMOVE".equals(eventName);
  }

  /** The item's {@code type} attribute (ENTRY, BALANCE, OUTBOX…), from the new image or else the old one. */
  public String itemType() {
    return string("type");
  }

  /** A string attribute from the new image, or from the old one when the item was removed. */
  public String string(String name) {
    Map<String, AttributeValue> image = newImage != null ? newImage : oldImage;
    AttributeValue value = image == null ? null : image.get(name);
    return value == null ? null : value.s();
  }
}
