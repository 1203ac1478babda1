package nl.klantpunten.functions.enrolment;

import static nl.klantpunten.api.Route.get;
import static nl.klantpunten.api.Route.publicRoute;
import static nl.klantpunten.api.Route.put;

import java.security.SecureRandom;
import java.util.List;
import java.util.function.Supplier;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.api.Roles;
import nl.klantpunten.core.card.CardCode;
import nl.klantpunten.core.card.Enrolment;
import nl.klantpunten.dynamodb.DynamoCardStores;

/**
 * Lambda: a vendor's loyalty-card program (settings and shareable enrolment link) and the public enrolment behind
 * that link. Kept apart from the card PDF function so that neither this function nor the vendor panel carries
 * OpenPDF or ZXing, and so that the only unauthenticated routes live in a function of their own (its concurrency
 * and throttling can be capped without touching the rest).
 */
public final class EnrolmentFunction extends HttpFunction {

  public EnrolmentFunction() {
    this(Backend.fromEnvironment());
  }

  public EnrolmentFunction(Backend backend) {
    this(backend, randomCodes());
  }

  /** @param codes where new card codes come from (tests narrow it down to force collisions) */
  public EnrolmentFunction(Backend backend, Supplier<CardCode> codes) {
    this(backend, DynamoCardStores.over(backend.stores()), codes);
  }

  private EnrolmentFunction(Backend backend, DynamoCardStores cardStores, Supplier<CardCode> codes) {
    super(backend, List.of(
        // an authenticated route first: SnapStart priming runs the first route with an unknown key
        get("/v1/card-program", new GetCardProgram(backend.stores().programs(), cardStores.cardPrograms()),
            Roles.ADMIN_OR_VENDOR),
        put("/v1/card-program", new SaveCardProgram(backend.stores().programs(), cardStores.cardPrograms(),
            backend.clock()), Roles.ADMIN_OR_VENDOR),
        publicRoute("GET", "/v1/enrol/{slug}", new DescribeEnrolment(enrolment(backend, cardStores, codes))),
        publicRoute("POST", "/v1/enrol/{slug}", new Enrol(enrolment(backend, cardStores, codes)))));
  }

  private static Enrolment enrolment(Backend backend, DynamoCardStores cardStores, Supplier<CardCode> codes) {
    return new Enrolment(backend.stores().programs(), cardStores.cardPrograms(), backend.stores().customers(),
        cardStores.cards(), backend.stores().ledger(), cardStores.rateLimits(), backend.stores().outbox(),
        backend.stores().settings(), codes,
        backend.clock());
  }

  /** Card codes from a SecureRandom made per container (at construction, never in static initialisation). */
  private static Supplier<CardCode> randomCodes() {
    SecureRandom random = new SecureRandom();
    return () -> CardCode.generate(random);
  }
}
