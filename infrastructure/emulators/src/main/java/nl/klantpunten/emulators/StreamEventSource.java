package nl.klantpunten.emulators;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Does locally what Lambda's event source mapping does for a DynamoDB stream: reads the table's stream shard by
 * shard, hands batches to a handler as {@link DynamodbEvent}s and, when the handler reports a batch item failure,
 * delivers again from that record (at most {@code maxRetries} times, then moves on, as an on-failure destination
 * would). {@link #drain()} processes everything written so far, so tests can wait for it deterministically.
 */
public final class StreamEventSource {
  private final DynamoDbStreamsClient streams;
  private final String streamArn;
  private final Function<DynamodbEvent, StreamsEventResponse> handler;
  private final int batchSize;
  private final int maxRetries;
  private final Map<String, String> iterators = new LinkedHashMap<>();
  private final Map<String, List<Record>> pending = new LinkedHashMap<>();

  public StreamEventSource(DynamoDbStreamsClient streams, String streamArn,
      Function<DynamodbEvent, StreamsEventResponse> handler, int batchSize, int maxRetries) {
    this.streams = streams;
    this.streamArn = streamArn;
    this.handler = handler;
    this.batchSize = batchSize;
    this.maxRetries = maxRetries;
  }

  /** Reads and delivers until the stream has nothing new; returns how many records were delivered. */
  public synchronized int drain() {
    int delivered = 0;
    while (true) {
      int round = pollOnce();
      delivered += round;
      if (round == 0) {
        return delivered;
      }
    }
  }

  /** One pass over every shard: read what is new and deliver it. */
  public synchronized int pollOnce() {
    discoverShards();
    int delivered = 0;
    for (String shardId : List.copyOf(iterators.keySet())) {
      String iterator = iterators.get(shardId);
      List<Record> records = pending.computeIfAbsent(shardId, k -> new ArrayList<>());
      if (iterator != null) {
        var response = streams.getRecords(b -> b.shardIterator(iterator).limit(1000));
        records.addAll(response.records());
        iterators.put(shardId, response.nextShardIterator());
      }
      while (!records.isEmpty()) {
        List<Record> batch = List.copyOf(records.subList(0, Math.min(batchSize, records.size())));
        deliver(batch);
        records.subList(0, batch.size()).clear();
        delivered += batch.size();
      }
    }
    return delivered;
  }

  private void deliver(List<Record> batch) {
    List<Record> remaining = batch;
    for (int attempt = 0; attempt <= maxRetries && !remaining.isEmpty(); attempt++) {
      StreamsEventResponse response = handler.apply(StreamEvents.toLambdaEvent(remaining));
      String failed = firstFailure(response);
      if (failed == null) {
        return;
      }
      int from = indexOf(remaining, failed);
      remaining = remaining.subList(from, remaining.size());
    }
  }

  private static String firstFailure(StreamsEventResponse response) {
    if (response == null || response.getBatchItemFailures() == null || response.getBatchItemFailures().isEmpty()) {
      return null;
    }
    return response.getBatchItemFailures().get(0).getItemIdentifier();
  }

  private static int indexOf(List<Record> records, String sequenceNumber) {
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).dynamodb().sequenceNumber().equals(sequenceNumber)) {
        return i;
      }
    }
    throw new IllegalStateException("handler reported a failure for a record it was not given: " + sequenceNumber);
  }

  private void discoverShards() {
    List<Shard> shards = streams.describeStream(b -> b.streamArn(streamArn)).streamDescription().shards();
    for (Shard shard : shards) {
      if (!iterators.containsKey(shard.shardId())) {
        String iterator = streams.getShardIterator(b -> b.streamArn(streamArn).shardId(shard.shardId())
            .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        iterators.put(shard.shardId(), iterator);
      }
    }
  }
}
