package nl.klantpunten.functions.stream;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.aws.ops.StructuredLog;

/**
 * Lambda: the table stream's one consumer. DynamoDB Streams serves about two readers per shard, so the reactions to
 * changes (badges, notification outbox relay, report aggregates) are processors inside this one function rather
 * than functions of their own. Every processor sees the whole batch in order; the first failure is reported as a
 * batch item failure (ReportBatchItemFailures) so Lambda retries from that record, not the whole batch.
 */
public final class TableStreamFunction implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
  private static final StructuredLog LOG = StructuredLog.of(TableStreamFunction.class);
  private final List<ChangeProcessor> processors;

  public TableStreamFunction() {
    this(StreamProcessors.fromEnvironment());
  }

  public TableStreamFunction(List<ChangeProcessor> processors) {
    this.processors = List.copyOf(processors);
  }

  @Override
  public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
    return handle(event, context == null ? null : context.getAwsRequestId());
  }

  public StreamsEventResponse handle(DynamodbEvent event) {
    return handle(event, null);
  }

  private StreamsEventResponse handle(DynamodbEvent event, String awsRequestId) {
    long started = System.nanoTime();
    List<TableChange> changes = LambdaStreamRecords.toChanges(event);
    int firstFailure = changes.size();
    for (ChangeProcessor processor : processors) {
      List<TableChange> todo = changes.subList(0, firstFailure);
      if (todo.isEmpty()) {
        break;
      }
      try {
        processor.process(todo);
      } catch (ChangeProcessor.FailedChange failed) {
        logFailure(awsRequestId, processor, todo.get(failed.index()), failed.getCause());
        firstFailure = Math.min(firstFailure, failed.index());
      } catch (RuntimeException e) {
        logFailure(awsRequestId, processor, null, e);
        firstFailure = 0;
      }
    }
    // only the changes before the first failure are done: Lambda hands the rest to the next invocation again
    LedgerMetrics.emit(changes.subList(0, firstFailure));
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("awsRequestId", awsRequestId);
    fields.put("changes", changes.size());
    fields.put("processed", firstFailure);
    fields.put("outcome", firstFailure == changes.size() ? "ok" : "retry");
    fields.put("durationMs", (System.nanoTime() - started) / 1_000_000);
    LOG.info("stream.batch", fields);
    StreamsEventResponse response = new StreamsEventResponse();
    response.setBatchItemFailures(firstFailure == changes.size()
        ? List.of()
        : List.of(new StreamsEventResponse.BatchItemFailure(changes.get(firstFailure).sequenceNumber())));
    return response;
  }

  private static void logFailure(String awsRequestId, ChangeProcessor processor, TableChange change, Throwable e) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("awsRequestId", awsRequestId);
    fields.put("processor", processor.getClass().getSimpleName());
    fields.put("programId", change == null ? null : change.string("programId"));
    fields.put("eventId", change == null ? null : change.eventId());
    fields.put("outcome", "failed");
    LOG.error("stream.change", fields, e);
  }
}
