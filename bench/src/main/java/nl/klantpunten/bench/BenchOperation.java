package nl.klantpunten.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One use case as the benchmark drives it: which function handles it, how to build the i-th request (any data it
 * needs is prepared inside {@code request}, untimed and {@link Fixture#mirrored mirrored}), the status a correct
 * answer has, and the floor — the SDK operations (by name, e.g. "GetItem") that the use case cannot do without.
 * The floor replays the handler's own requests of those operations; every other request the handler sent is
 * overhead the ratio shows.
 *
 * @param target what the issue asks for, as text for the table ("1 write"), or "" where it sets none
 */
public record BenchOperation(String name, String function, Function<Fixture, APIGatewayV2HTTPEvent> request,
    int expectedStatus, List<String> floor, String target) {

  public static BenchOperation on(String function, String name) {
    return new BenchOperation(name, function, null, 200, List.of(), "");
  }

  public BenchOperation request(Function<Fixture, APIGatewayV2HTTPEvent> newRequest) {
    return new BenchOperation(name, function, newRequest, expectedStatus, floor, target);
  }

  public BenchOperation expect(int status) {
    return new BenchOperation(name, function, request, status, floor, target);
  }

  /** The SDK operations this use case needs at minimum, in the order the handler sends them. */
  public BenchOperation floor(String... operations) {
    return new BenchOperation(name, function, request, expectedStatus, Arrays.asList(operations), target);
  }

  public BenchOperation target(String text) {
    return new BenchOperation(name, function, request, expectedStatus, floor, text);
  }

  Set<String> floorSet() {
    return Set.copyOf(floor);
  }
}
