package nl.klantpunten.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.List;
import nl.klantpunten.core.auth.Principal;
import org.crac.Core;
import org.crac.Resource;

/**
 * The frame every HTTP function shares: decode the event, find the route, authenticate and authorise, run the
 * operation, encode the answer, and turn every failure into problem+json. A subclass only lists its routes.
 *
 * <p>With SnapStart, {@link #beforeCheckpoint} primes the SDK client and JSON code paths by running one harmless
 * key lookup, so restored copies do not pay for that class loading on their first request.
 */
public abstract class HttpFunction implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, Resource {
  private final Authenticator authenticator;
  private final Router router;

  protected HttpFunction(Backend backend, List<Route> routes) {
    this.authenticator = backend.authenticator();
    this.router = new Router(routes);
    Core.getGlobalContext().register(this);
  }

  public List<Route> routes() {
    return router.routes();
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return EventCodec.encode(handle(event));
  }

  public ApiResponse handle(APIGatewayV2HTTPEvent event) {
    String requestId = event.getRequestContext() == null ? null : event.getRequestContext().getRequestId();
    try {
      ApiRequest request = EventCodec.decode(event);
      Router.Matched matched = router.find(request.method(), request.path());
      Route route = matched.route();
      Principal caller = null;
      if (!route.isPublic()) {
        caller = authenticator.authenticate(request.header("authorization"));
        if (!route.roles().contains(caller.role())) {
          throw ApiException.forbidden("Authorization",
              "a " + caller.role().wireName() + " key may not call " + route.routeKey());
        }
      }
      return route.operation().handle(request.routed(matched.params(), caller));
    } catch (RuntimeException e) {
      ApiResponse problem = Problems.from(e, requestId);
      if (problem.status() >= 500) {
        System.err.println("{\"level\":\"ERROR\",\"requestId\":\"" + requestId + "\",\"error\":\""
            + e.getClass().getName() + ": " + String.valueOf(e.getMessage()).replace('"', '\'') + "\"}");
        e.printStackTrace();
      }
      return problem;
    }
  }

  @Override
  public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
    APIGatewayV2HTTPEvent priming = APIGatewayV2HTTPEvent.builder()
        .withRawPath(routes().get(0).path().template())
        .withHeaders(java.util.Map.of("authorization", "Bearer kp_priming000_" + "0".repeat(43)))
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
