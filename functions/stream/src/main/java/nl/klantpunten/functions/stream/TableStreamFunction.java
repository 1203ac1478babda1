package nl.klantpunten.functions.stream;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.util.List;

/**
 * Lambda: the table stream's one consumer. DynamoDB Streams serves about two readers per shard, so the reactions to
 * changes (badges, notification outbox relay, report aggregates) are processors inside this one function rather
 * than functions of their own. Every processor sees the whole batch in order; the first failure is reported as a
 * batch item failure (ReportBatchItemFailures) so Lambda retries from that record, not the whole batch.
 */
public final class TableStreamFunction implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
  private final List<ChangeProcessor> processors;

  public TableStreamFunction() {
    this(StreamProcessors.fromEnvironment());
  }

  public TableStreamFunction(List<ChangeProcessor> processors) {
    this.processors = List.copyOf(processors);
  }

  @Override
  public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
    return handle(event);
  }

  public StreamsEventResponse handle(DynamodbEvent event) {
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
        log(processor, failed.getCause());
        firstFailure = Math.min(firstFailure, failed.index());
      } catch (RuntimeException e) {
        log(processor, e);
        firstFailure = 0;
      }
    }
    StreamsEventResponse response = new StreamsEventResponse();
    response.setBatchItemFailures(firstFailure == changes.size()
        ? List.of()
        : List.of(new StreamsEventResponse.BatchItemFailure(changes.get(firstFailure).sequenceNumber())));
    return response;
  }

  private static void log(ChangeProcessor processor, Throwable e) {
    System.err.println("{\"level\":\"ERROR\",\"processor\":\"" + processor.getClass().getSimpleName()
        + "\",\"error\":\"" + String.valueOf(e).replace('"', '\'') + "\"}");
  }
}
