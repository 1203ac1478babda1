package nl.klantpunten.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's "done when", on the local stack as a developer starts it: crediting a customer across a badge boundary
 * makes the badge appear in the summary (the stack feeds DynamoDB Local's stream to the real stream function), with
 * the next badge and the points missing; a reward becomes reachable and can be claimed.
 */
class BadgesOnLocalStackTest {
  /** How long the test waits for the asynchronous evaluation at most; the figure is printed, never asserted. */
  private static final long WAIT_LIMIT_MILLIS = 30_000;

  @Test
  @SuppressWarnings("unchecked")
  void aCreditAcrossABadgeBoundaryShowsInTheSummaryAndARewardCanBeClaimed() throws InterruptedException {
    try (LocalStack stack = LocalStack.run(new String[] {"--port", "0"}, Map.<String, String>of()::get,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
      HttpCalls admin = new HttpCalls(stack.baseUri(), stack.adminKey());
      assertEquals(201, admin.put("/v1/badges/bronze", "{\"title\":\"Bronze\",\"fromPoints\":100,\"toPoints\":499}")
          .status());
      assertEquals(201, admin.put("/v1/badges/silver", "{\"title\":\"Silver\",\"fromPoints\":500}").status());
      assertEquals(201, admin.put("/v1/rewards/mug", "{\"name\":\"Mug\",\"pointsRequired\":300}").status());
      assertEquals(201, admin.put("/v1/customers/story-1", "{\"email\":\"s@example.com\",\"name\":\"S\"}").status());
      assertEquals(201, admin.post("/v1/customers/story-1/transactions", "{\"points\":320,\"note\":\"order\"}")
          .status());

      long started = System.nanoTime();
      HttpCalls.Reply summary = admin.get("/v1/customers/story-1/summary");
      while (((List<Object>) ((Map<String, Object>) summary.json().get("badges")).get("held")).isEmpty()
          && (System.nanoTime() - started) / 1_000_000 < WAIT_LIMIT_MILLIS) {
        Thread.sleep(100);
        summary = admin.get("/v1/customers/story-1/summary");
      }
      System.out.println("badge visible in the summary after " + (System.nanoTime() - started) / 1_000_000 + " ms");
      Map<String, Object> badges = (Map<String, Object>) summary.json().get("badges");
      assertEquals(List.of("bronze"), ((List<Map<String, Object>>) badges.get("held")).stream()
          .map(b -> b.get("badgeId")).toList(), summary.toString());
      Map<String, Object> next = (Map<String, Object>) badges.get("next");
      assertEquals("silver", next.get("badgeId"));
      assertEquals(180, ((Number) next.get("pointsMissing")).intValue());
      Map<String, Object> mug = ((List<Map<String, Object>>) summary.json().get("rewards")).get(0);
      assertEquals(true, mug.get("reachable"));

      HttpCalls.Reply claimed = admin.post("/v1/customers/story-1/rewards/mug/claim", "{\"note\":\"at the till\"}");
      assertEquals(201, claimed.status(), claimed.toString());
      assertEquals(20, admin.get("/v1/customers/story-1/balance").number("balance"));
      HttpCalls.Reply again = admin.post("/v1/customers/story-1/rewards/mug/claim", "{}");
      assertEquals(409, again.status(), again.toString());
      assertFalse(again.body().isEmpty());
    }
  }
}
