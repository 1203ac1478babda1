package nl.klantpunten.functions.stream;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Converts the stream records Lambda delivers into {@link TableChange}s. */
final class LambdaStreamRecords {
  private LambdaStreamRecords() {}

  static List<TableChange> toChanges(DynamodbEvent event) {
    if (event == null || event.getRecords() == null) {
      return List.of();
    }
    return event.getRecords().stream().map(LambdaStreamRecords::toChange).toList();
  }

  private static TableChange toChange(DynamodbEvent.DynamodbStreamRecord r) {
    var s = r.getDynamodb();
    return new TableChange(r.getEventID(), r.getEventName(), s.getSequenceNumber(), map(s.getKeys()),
        map(s.getNewImage()), map(s.getOldImage()));
  }

  private static Map<String, AttributeValue> map(
      Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> in) {
    if (in == null) {
      return null;
    }
    Map<String, AttributeValue> out = new LinkedHashMap<>();
    in.forEach((k, v) -> out.put(k, value(v)));
    return out;
  }

  private static AttributeValue value(com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue v) {
    if (v.getS() != null) {
      return AttributeValue.fromS(v.getS());
    }
    if (v.getN() != null) {
      return AttributeValue.fromN(v.getN());
    }
    if (v.getBOOL() != null) {
      return AttributeValue.fromBool(v.getBOOL());
    }
    if (Boolean.TRUE.equals(v.getNULL())) {
      return AttributeValue.fromNul(true);
    }
    if (v.getB() != null) {
      ByteBuffer b = v.getB();
      return AttributeValue.fromB(SdkBytes.fromByteBuffer(b));
    }
    if (v.getSS() != null) {
      return AttributeValue.fromSs(v.getSS());
    }
    if (v.getNS() != null) {
      return AttributeValue.fromNs(v.getNS());
    }
    if (v.getM() != null) {
      return AttributeValue.fromM(map(v.getM()));
    }
    if (v.getL() != null) {
      return AttributeValue.fromL(v.getL().stream().map(LambdaStreamRecords::value).toList());
    }
    return AttributeValue.fromNul(true);
  }
}
