package nl.klantpunten.functions.gifts;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.util.Map;
import nl.klantpunten.api.Backend;

/**
 * Lambda: the hourly gift run (an EventBridge schedule). Gives every due plan's period to its segment, in batches,
 * and stops a minute before its time is up ({@code context.getRemainingTimeInMillis()}); the next hourly run
 * resumes where it stopped. Runs never overlap in practice (reserved concurrency 1 in template.yaml), and if they
 * did, the gifts' idempotency keys would still give each customer one gift per period.
 */
public final class GiftRunFunction implements RequestHandler<ScheduledEvent, Map<String, Object>> {
  private final GiveDueGifts run;

  public GiftRunFunction() {
    this(Backend.fromEnvironment());
  }

  public GiftRunFunction(Backend backend) {
    this.run = new GiveDueGifts(backend.stores().gifts(), backend.stores().settings(), backend.stores().segments(),
        new GiveGiftBatch(backend.stores().ledger()), backend.clock());
  }

  @Override
  public Map<String, Object> handleRequest(ScheduledEvent event, Context context) {
    GiveDueGifts.Summary summary = run.run(context::getRemainingTimeInMillis);
    System.out.println("{\"level\":\"INFO\",\"giftRun\":" + nl.klantpunten.api.Json.write(summary.json()) + "}");
    return summary.json();
  }
}
