package nl.klantpunten.api.testing;

import java.time.Clock;
import nl.klantpunten.api.Backend;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.dynamodb.TableSchema;
import nl.klantpunten.emulators.Emulators;
import nl.klantpunten.emulators.EmulatorsExtension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * JUnit extension: a {@link Backend} over this test JVM's one DynamoDB Local and one table, built once and shared.
 * Declare a {@code Backend} parameter on a test, a {@code @BeforeAll}/{@code @BeforeEach} method or a constructor.
 */
public final class TestBackend implements ParameterResolver {
  public static final String TABLE = "klantpunten-test";

  public static Backend shared(ExtensionContext context) {
    return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(Backend.class, k -> {
      Emulators emulators = EmulatorsExtension.shared(context);
      DynamoDbClient dynamo = AwsClientConfig.local(emulators.dynamoEndpoint()).build(DynamoDbClient.builder());
      TableSchema.createIfMissing(dynamo, TABLE);
      return Backend.over(dynamo, TABLE, Clock.systemUTC());
    }, Backend.class);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Backend.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return shared(context);
  }
}
