package nl.klantpunten.functions.gifts;

import static nl.klantpunten.api.Route.delete;
import static nl.klantpunten.api.Route.get;
import static nl.klantpunten.api.Route.put;

import java.util.List;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.api.Roles;

/** Lambda: a program's gift plans (PUT/GET/DELETE /v1/gifts/{giftId}); the hourly run gives them. */
public final class GiftsFunction extends HttpFunction {

  public GiftsFunction() {
    this(Backend.fromEnvironment());
  }

  public GiftsFunction(Backend backend) {
    super(backend, List.of(
        put("/v1/gifts/{giftId}", new PutGift(backend.stores().gifts(), backend.clock()), Roles.ADMIN),
        get("/v1/gifts/{giftId}", new GetGift(backend.stores().gifts(), backend.stores().settings(), backend.clock()),
            Roles.ADMIN),
        delete("/v1/gifts/{giftId}", new DeleteGift(backend.stores().gifts()), Roles.ADMIN)));
  }
}
