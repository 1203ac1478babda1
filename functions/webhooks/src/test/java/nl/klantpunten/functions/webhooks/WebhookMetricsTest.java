package nl.klantpunten.functions.webhooks;

import static nl.klantpunten.functions.webhooks.Payloads.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.CapturedLogs;
import nl.klantpunten.api.testing.Emf;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.api.testing.TestSettings;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.core.webhook.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signed WooCommerce deliveries through the real function count as EMF metrics: earned, unchanged, and a refused
 * signature, with the program as a property. The customer's e-mail in the order body reaches no log line.
 */
@ExtendWith(TestBackend.class)
class WebhookMetricsTest {
  private static final String SECRET = "wc_secret_metrics_1b2c3d4e5f";

  @Test
  void earnedUnchangedAndRefusedSignatureAreCounted(Backend backend) {
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP);
    TestSettings.apply(backend, program.id(), "{\"earning\": {\"ratio\": {\"points\": 10, \"amount\": \"5.00\"}}}");
    TestSettings.secret(backend, program.id(), Platform.WOOCOMMERCE, SECRET);
    Deliveries wc = new Deliveries(new WebhooksFunction(backend, Duration.ZERO), program.id());
    String processing = json(Payloads.wooOrder(7001, "processing"));
    String completed = json(Payloads.wooOrder(7001, "completed"));

    List<String> lines;
    Map<String, Long> totals;
    try (CapturedLogs logs = CapturedLogs.start()) {
      assertEquals("earned", wc.woo("order.updated", processing, Deliveries.sign(SECRET, processing)).string("result"));
      assertEquals("unchanged", wc.woo("order.updated", completed, Deliveries.sign(SECRET, completed))
          .string("result"));
      assertEquals(401, wc.woo("order.updated", completed, Deliveries.sign("wrong secret", completed)).status());
      lines = logs.lines();
      totals = Emf.totals(logs.metrics());
    }

    String p = program.id().value();
    assertEquals(1L, totals.get(p + "/WebhookEarned"), totals.toString());
    assertEquals(1L, totals.get(p + "/WebhookUnchanged"), totals.toString());
    assertEquals(1L, totals.get(p + "/WebhookRefusedSignature"), totals.toString());
    for (String line : lines) {
      assertFalse(line.contains("anna@example.com") || line.contains("Anna de Vries"), line);
    }
  }
}
