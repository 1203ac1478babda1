package nl.klantpunten.functions.checkout;

import nl.klantpunten.aws.ops.StructuredLog;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.core.redemption.SweepExpiredRedemptions;

/**
 * Lambda on an EventBridge schedule (rate(5 minutes), template.yaml): releases reservations of every program that
 * expired without a commit or cancel. Finds them on the sparse gsi1 listing of reservations by expiry, never by a
 * scan. At most {@link #MAX_PER_RUN} per run; the rest wait for the next run (they are found again: oldest first).
 *
 * <p>The EventBridge event is taken as a plain map: its content does not matter (the time comes from the clock), and
 * the library's ScheduledEvent type needs joda-time, which the jars leave out.
 */
public final class RedemptionSweepFunction implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  static final int MAX_PER_RUN = 1_000;
  private final SweepExpiredRedemptions sweep;

  public RedemptionSweepFunction() {
    this(Backend.fromEnvironment());
  }

  public RedemptionSweepFunction(Backend backend) {
    this.sweep = new SweepExpiredRedemptions(backend.stores().redemptions(), backend.clock());
  }

  private static final StructuredLog LOG = StructuredLog.of(RedemptionSweepFunction.class);

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    SweepExpiredRedemptions.Summary summary = sweep.run(MAX_PER_RUN);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("due", summary.due());
    out.put("released", summary.released());
    LOG.info("redemption.sweep", out);
    return out;
  }
}
