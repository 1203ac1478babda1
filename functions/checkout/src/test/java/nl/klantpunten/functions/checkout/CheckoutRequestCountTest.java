package nl.klantpunten.functions.checkout;

import static nl.klantpunten.functions.checkout.CheckoutFixture.line;
import static nl.klantpunten.functions.checkout.CheckoutFixture.quoteBody;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.core.auth.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DynamoDB requests each checkout call makes, counted on the SDK client: a quote in the common case (key and
 * settings cached in the container) is ONE GetItem; a reservation is ONE TransactWriteItems.
 */
@ExtendWith(TestBackend.class)
class CheckoutRequestCountTest {

  /** Records the operation name of every request the client sends. */
  static final class Recorder implements ExecutionInterceptor {
    final List<String> operations = new CopyOnWriteArrayList<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
      operations.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    }

    List<String> during(Runnable work) {
      operations.clear();
      work.run();
      return List.copyOf(operations);
    }
  }

  @Test
  void aQuoteIsOneGetItemAndAReservationOneTransaction(Backend shared) {
    Recorder recorder = new Recorder();
    DynamoDbClient counted = AwsClientConfig.local(
        shared.stores().client().serviceClientConfiguration().endpointOverride().orElseThrow())
        .build(DynamoDbClient.builder().overrideConfiguration(c -> c.addExecutionInterceptor(recorder)));
    Backend backend = Backend.over(counted, TestBackend.TABLE, Clock.systemUTC());
    CheckoutFixture setup = new CheckoutFixture(shared);
    setup.customer("anna", 1_000);
    Http shop = new Http(new CheckoutFunction(backend), setup.program.key(Role.WEBSHOP));
    String quote = quoteBody("anna", 300L, line("mug", 1, "50.00", false));

    List<String> cold = recorder.during(() -> assertEquals(200, shop.post("/v1/checkout/quote", quote).status()));
    assertEquals(List.of("GetItem", "GetItem", "GetItem", "GetItem"), cold,
        "first call of a container: key, program, settings, balance");
    List<String> warm = recorder.during(() -> assertEquals(200, shop.post("/v1/checkout/quote", quote).status()));
    assertEquals(List.of("GetItem"), warm, "the balance only");

    List<String> reserve = recorder.during(() -> assertEquals(201, shop.send("POST", "/v1/checkout/redemptions",
        CheckoutFixture.reserveBody("anna", 300, "count-1", line("mug", 1, "50.00", false)),
        java.util.Map.of("Idempotency-Key", "count-1")).status()));
    assertEquals(List.of("TransactWriteItems"), reserve, "no read before the write: the conditions decide");
    counted.close();
  }
}
