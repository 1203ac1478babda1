package nl.klantpunten.functions.reports.testing;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.util.function.Function;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.emulators.Emulators;
import nl.klantpunten.emulators.EmulatorsExtension;
import nl.klantpunten.emulators.StreamEventSource;
import nl.klantpunten.functions.stream.StreamProcessors;
import nl.klantpunten.functions.stream.TableStreamFunction;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * JUnit extension: the shared test table's stream delivered, as Lambda's event source mapping would, to the real
 * stream function with every processor of the product ({@link StreamProcessors#of}). One reader per test JVM;
 * {@code drain()} it after writing and the report aggregates are up to date.
 */
public final class TableStream implements ParameterResolver {

  public static StreamEventSource shared(ExtensionContext context) {
    return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(TableStream.class,
        k -> over(EmulatorsExtension.shared(context), TestBackend.shared(context),
            new TableStreamFunction(StreamProcessors.of(TestBackend.shared(context),
                notifications -> notifications.size()))::handle),
        StreamEventSource.class);
  }

  /** A reader of its own from the start of the stream, delivering to {@code handler} (e.g. one that fails). */
  public static StreamEventSource over(Emulators emulators, Backend backend,
      Function<DynamodbEvent, StreamsEventResponse> handler) {
    DynamoDbStreamsClient streams = AwsClientConfig.local(emulators.dynamoEndpoint())
        .build(DynamoDbStreamsClient.builder());
    String arn = backend.stores().client().describeTable(b -> b.tableName(TestBackend.TABLE)).table()
        .latestStreamArn();
    return new StreamEventSource(streams, arn, handler, 100, 10);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == StreamEventSource.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return shared(context);
  }
}
