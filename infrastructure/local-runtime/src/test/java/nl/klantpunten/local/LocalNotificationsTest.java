package nl.klantpunten.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when" on the local stack: an order webhook that earns points yields one captured email, in the
 * program's language, with the right points and balance, listed at GET /local/emails and written as an .eml file.
 */
class LocalNotificationsTest {
  /** Generous: the stack polls twice a second; this only bounds a broken run, it measures nothing. */
  private static final long GIVE_UP_MILLIS = 30_000;

  @Test
  void anOrderWebhookThatEarnsGivesOneCapturedEmailInTheProgramsLanguage(@TempDir Path dataDir)
      throws IOException, InterruptedException {
    String[] args = {"--port", "0", "--data-dir", dataDir.resolve("db").toString()};
    try (LocalStack stack = LocalStack.run(args, Map.<String, String>of()::get,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
      HttpCalls admin = new HttpCalls(stack.baseUri(), stack.adminKey());
      var settings = admin.send("PUT", "/v1/settings", "{\"notifications\": {\"language\": \"en\", "
          + "\"senderAddress\": \"Shop@Example.com\"}}", Map.of("content-type", "application/json", "If-Match", "\"0\""));
      assertEquals(200, settings.status(), settings.toString());
      var order = admin.post("/v1/webhooks/orders", """
          {"orderId": "local-1", "status": "paid", "currency": "EUR",
           "customer": {"id": "c-local", "email": "eve@example.com", "name": "Eve"},
           "lines": [{"productId": "mug", "quantity": 1, "unitPrice": "25.00", "lineTotal": "25.00"}],
           "totals": {"subtotal": "25.00", "total": "25.00"}}""");
      assertTrue(order.status() / 100 == 2, order.toString());

      List<Map<String, Object>> emails = waitForEmails(admin, 1);

      assertEquals(1, emails.size());
      Map<String, Object> email = emails.get(0);
      assertEquals(List.of("eve@example.com"), email.get("to"));
      assertEquals("shop@example.com", email.get("from"));
      assertEquals("You earned 25 points at " + DemoProgram.NAME, email.get("subject"));
      assertTrue(((String) email.get("text")).contains("Your balance is now 25 points."), email.toString());
      Path eml = Path.of((String) email.get("eml"));
      assertTrue(eml.startsWith(dataDir.resolve("db").resolve("emails")), eml.toString());
      String file = Files.readString(eml);
      assertTrue(file.contains("Subject: You earned 25 points at " + DemoProgram.NAME), file);
      assertTrue(file.contains(Base64.getMimeEncoder().encodeToString(
          ((String) email.get("text")).getBytes(StandardCharsets.UTF_8)).split("\r\n")[0]), "the text part");
    }
  }

  private static List<Map<String, Object>> waitForEmails(HttpCalls local, int count) throws InterruptedException {
    long deadline = System.currentTimeMillis() + GIVE_UP_MILLIS;
    List<Map<String, Object>> emails = List.of();
    while (System.currentTimeMillis() < deadline) {
      emails = local.as(null).get(LocalNotifications.EMAILS_PATH).items();
      if (emails.size() >= count) {
        return emails;
      }
      Thread.sleep(200);
    }
    return emails;
  }
}
