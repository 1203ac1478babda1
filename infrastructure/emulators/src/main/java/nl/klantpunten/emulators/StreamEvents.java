package nl.klantpunten.emulators;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.Record;

/** Converts records read with the SDK's streams client into the event Lambda delivers for them. */
final class StreamEvents {
  private StreamEvents() {}

  static DynamodbEvent toLambdaEvent(List<Record> records) {
    DynamodbEvent event = new DynamodbEvent();
    event.setRecords(records.stream().map(StreamEvents::toLambdaRecord).toList());
    return event;
  }

  private static DynamodbEvent.DynamodbStreamRecord toLambdaRecord(Record r) {
    DynamodbEvent.DynamodbStreamRecord out = new DynamodbEvent.DynamodbStreamRecord();
    out.setEventID(r.eventID());
    out.setEventName(r.eventNameAsString());
    out.setEventSource("aws:dynamodb");
    out.setEventVersion(r.eventVersion());
    out.setAwsRegion(r.awsRegion());
    StreamRecord s = new StreamRecord();
    var in = r.dynamodb();
    s.setSequenceNumber(in.sequenceNumber());
    s.setSizeBytes(in.sizeBytes());
    s.setStreamViewType(com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType.fromValue(in.streamViewTypeAsString()));
    if (in.approximateCreationDateTime() != null) {
      s.setApproximateCreationDateTime(Date.from(in.approximateCreationDateTime()));
    }
    s.setKeys(map(in.keys()));
    s.setNewImage(in.hasNewImage() ? map(in.newImage()) : null);
    s.setOldImage(in.hasOldImage() ? map(in.oldImage()) : null);
    out.setDynamodb(s);
    return out;
  }

  private static Map<String, AttributeValue> map(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> in) {
    if (in == null) {
      return null;
    }
    Map<String, AttributeValue> out = new LinkedHashMap<>();
    in.forEach((k, v) -> out.put(k, value(v)));
    return out;
  }

  private static AttributeValue value(software.amazon.awssdk.services.dynamodb.model.AttributeValue v) {
    AttributeValue out = new AttributeValue();
    if (v.s() != null) {
      out.setS(v.s());
    } else if (v.n() != null) {
      out.setN(v.n());
    } else if (v.bool() != null) {
      out.setBOOL(v.bool());
    } else if (Boolean.TRUE.equals(v.nul())) {
      out.setNULL(true);
    } else if (v.b() != null) {
      out.setB(v.b().asByteBuffer());
    } else if (v.hasSs()) {
      out.setSS(v.ss());
    } else if (v.hasNs()) {
      out.setNS(v.ns());
    } else if (v.hasM()) {
      out.setM(map(v.m()));
    } else if (v.hasL()) {
      out.setL(v.l().stream().map(StreamEvents::value).toList());
    }
    return out;
  }
}
