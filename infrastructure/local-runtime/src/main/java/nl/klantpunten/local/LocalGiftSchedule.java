package nl.klantpunten.local;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.klantpunten.api.Backend;
import nl.klantpunten.core.gift.GiftFanOut;
import nl.klantpunten.functions.gifts.GiftRunFunction;

/**
 * What the EventBridge schedule does in AWS, for the local stack: runs the real {@link GiftRunFunction} a minute
 * after the start and then every hour, with a Lambda context of 15 minutes, so periodic gifts are given locally as
 * deployed. The local stack hands it the SQS fan-out of {@link LocalGiftBatches}, as GIFT_QUEUE_URL does in AWS;
 * without one the run gives the batches itself. {@link #runNow()} fires it at once (tests, or a developer who does
 * not want to wait).
 */
final class LocalGiftSchedule implements AutoCloseable {
  static final Duration EVERY = Duration.ofHours(1);
  private static final long RUN_MILLIS = 15 * 60_000;
  private final GiftRunFunction function;
  private final Backend backend;
  private final ScheduledExecutorService scheduler;

  private LocalGiftSchedule(GiftRunFunction function, Backend backend, ScheduledExecutorService scheduler) {
    this.function = function;
    this.backend = backend;
    this.scheduler = scheduler;
  }

  /** Built without a timer; {@link #runNow()} only. The run gives the batches itself. */
  static LocalGiftSchedule manual(Backend backend) {
    return manual(backend, null);
  }

  /** Built without a timer; {@link #runNow()} only. @param fanOut where batches go (null: the run gives them) */
  static LocalGiftSchedule manual(Backend backend, GiftFanOut fanOut) {
    return new LocalGiftSchedule(new GiftRunFunction(backend, fanOut), backend, null);
  }

  static LocalGiftSchedule start(Backend backend, GiftFanOut fanOut) {
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "local-gift-schedule");
      t.setDaemon(true);
      return t;
    });
    LocalGiftSchedule schedule = new LocalGiftSchedule(new GiftRunFunction(backend, fanOut), backend, scheduler);
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        schedule.runNow();
      } catch (RuntimeException e) {
        System.err.println("local gift run failed: " + e);
      }
    }, 60, EVERY.toSeconds(), TimeUnit.SECONDS);
    return schedule;
  }

  /** One scheduled invocation, now; returns the run's summary (plans due, gifts given, finished). */
  Map<String, Object> runNow() {
    LocalContext context = new LocalContext("gift-run-" + backend.clock().millis(), "GiftRunFunction",
        backend.clock().millis() + RUN_MILLIS, backend.clock());
    return function.handleRequest(new ScheduledEvent(), context);
  }

  @Override
  public void close() {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }
}
