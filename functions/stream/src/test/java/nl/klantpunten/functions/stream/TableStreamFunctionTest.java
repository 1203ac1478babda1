package nl.klantpunten.functions.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.CapturedLogs;
import nl.klantpunten.api.testing.Emf;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.emulators.Emulators;
import nl.klantpunten.emulators.EmulatorsExtension;
import nl.klantpunten.emulators.StreamEventSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** Table changes reach the processors in order, and a failed change is delivered again from where it failed. */
@ExtendWith({EmulatorsExtension.class, TestBackend.class})
class TableStreamFunctionTest {

  @Test
  void ledgerChangesReachProcessorsAndFailuresAreRedeliveredFromTheFailedChange(Emulators emulators, Backend backend) {
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP);
    CustomerId customer = new CustomerId("stream-1");
    backend.stores().customers().save(program.id(), customer, CustomerDetails.parse("s@example.com", "S", null),
        Instant.now());
    for (int points : new int[] {10, 20, 30, -5}) {
      backend.stores().ledger().record(program.id(),
          new BalanceChange(customer, points, EntryKind.ADJUST, Reason.MANUAL, "n", null, "test", null));
    }

    List<String> seen = new ArrayList<>();
    AtomicBoolean failOnce = new AtomicBoolean(true);
    ChangeProcessor collector = changes -> {
      for (int i = 0; i < changes.size(); i++) {
        TableChange c = changes.get(i);
        if (!program.id().value().equals(c.string("programId")) || !"ENTRY".equals(c.itemType())) {
          continue;
        }
        if (c.string("note") != null && c.newImage().get("points").n().equals("20") && failOnce.getAndSet(false)) {
          throw new ChangeProcessor.FailedChange(i, new IllegalStateException("simulated"));
        }
        seen.add(c.newImage().get("points").n());
      }
    };
    TableStreamFunction function = new TableStreamFunction(List.of(collector));
    DynamoDbStreamsClient streams = AwsClientConfig.local(emulators.dynamoEndpoint())
        .build(DynamoDbStreamsClient.builder());
    String arn = backend.stores().client().describeTable(b -> b.tableName(TestBackend.TABLE)).table()
        .latestStreamArn();

    Map<String, Long> totals;
    try (CapturedLogs logs = CapturedLogs.start()) {
      new StreamEventSource(streams, arn, function::handle, 100, 3).drain();
      totals = Emf.totals(logs.metrics());
    }

    assertEquals(List.of("10", "20", "30", "-5"), seen, "each entry once, in order, the failed one again after retry");
    // counted once each although the batch from 20 on was delivered twice
    assertEquals(60L, totals.get(program.id().value() + "/PointsEarned"), totals.toString());
    assertEquals(5L, totals.get(program.id().value() + "/PointsSpent"), totals.toString());
  }
}
