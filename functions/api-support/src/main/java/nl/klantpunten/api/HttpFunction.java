package nl.klantpunten.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.aws.ops.StructuredLog;
import nl.klantpunten.core.auth.Principal;
import org.crac.Core;
import org.crac.Resource;

/**
 * The frame every HTTP function shares: decode the event, find the route, authenticate and authorise, run the
 * operation, encode the answer, and turn every failure into problem+json. A subclass only lists its routes.
 * Every request is logged here as one structured event (request id, program, route, outcome, duration; a server
 * error with its stack trace), so handlers log nothing themselves.
 *
 * <p>With SnapStart, {@link #beforeCheckpoint} primes the SDK client and JSON code paths by running one harmless
 * key lookup, so restored copies do not pay for that class loading on their first request.
 */
public abstract class HttpFunction implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, Resource {
  private static final StructuredLog LOG = StructuredLog.of(HttpFunction.class);
  private final Authenticator authenticator;
  private final Router router;

  protected HttpFunction(Backend backend, List<Route> routes) {
    this.authenticator = backend.authenticator();
    this.router = new Router(routes);
    Core.getGlobalContext().register(this);
  }

  /** The largest request body this function accepts; 64 KiB unless a function needs more. */
  protected int maxBodyBytes() {
    return EventCodec.MAX_BODY_BYTES;
  }

  public List<Route> routes() {
    return router.routes();
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return EventCodec.encode(handle(event, context == null ? null : context.getAwsRequestId()));
  }

  public ApiResponse handle(APIGatewayV2HTTPEvent event) {
    return handle(event, null);
  }

  private ApiResponse handle(APIGatewayV2HTTPEvent event, String awsRequestId) {
    long started = System.nanoTime();
    String requestId = event.getRequestContext() == null ? null : event.getRequestContext().getRequestId();
    Route route = null;
    Principal caller = null;
    ApiResponse response;
    RuntimeException failure = null;
    try {
      ApiRequest request = EventCodec.decode(event, maxBodyBytes());
      Router.Matched matched = router.find(request.method(), request.path());
      route = matched.route();
      if (!route.isPublic()) {
        caller = authenticator.authenticate(request.header("authorization"));
        if (!route.roles().contains(caller.role())) {
          throw ApiException.forbidden("Authorization",
              "a " + caller.role().wireName() + " key may not call " + route.routeKey());
        }
      }
      response = route.operation().handle(request.routed(matched.params(), caller));
    } catch (RuntimeException e) {
      response = Problems.from(e, requestId);
      failure = e;
    }
    logRequest(requestId, awsRequestId, route, caller, response, failure, started);
    return response;
  }

  /** One line per request: who (program, never the key), which route, how it ended, how long it took. */
  private static void logRequest(String requestId, String awsRequestId, Route route, Principal caller,
      ApiResponse response, RuntimeException failure, long started) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("requestId", requestId);
    fields.put("awsRequestId", awsRequestId);
    fields.put("programId", caller == null ? null : caller.programId().value());
    fields.put("route", route == null ? "unmatched" : route.routeKey());
    fields.put("status", response.status());
    fields.put("outcome", outcome(response.status()));
    fields.put("problem", failure == null ? null : problemCode(failure));
    fields.put("durationMs", (System.nanoTime() - started) / 1_000_000);
    if (response.status() >= 500) {
      LOG.error("request", fields, failure);
    } else {
      LOG.info("request", fields);
    }
  }

  private static String outcome(int status) {
    return status >= 500 ? "failed" : status >= 400 ? "refused" : "ok";
  }

  private static String problemCode(RuntimeException failure) {
    return switch (failure) {
      case ApiException api -> api.code();
      default -> failure.getClass().getSimpleName();
    };
  }

  @Override
  public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
    APIGatewayV2HTTPEvent priming = APIGatewayV2HTTPEvent.builder()
        .withRawPath(routes().get(0).path().template())
        .withHeaders(Map.of("authorization", "Bearer kp_priming000_" + "0".repeat(43)))
        .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
            .withRequestId("snapstart-priming")
            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(routes().get(0).method()).build())
            .build())
        .build();
    handleRequest(priming, null); // an unknown key: one GetItem, a 401, nothing written
  }

  @Override
  public void afterRestore(org.crac.Context<? extends Resource> context) {
    // nothing to refresh: no ids, seeds or timestamps were made before the snapshot
  }
}
